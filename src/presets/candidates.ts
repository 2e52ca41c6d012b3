/**
 * The names a model, workload or precision answers to, each table's candidates built once for every lookup
 * (THROUGHPUT, APIPRICE, the roofline estimate): ids, display names and aliases, matched by match.ts.
 */
import { MODELS, type ModelId } from "./data/models";
import {
  PRECISION_ALIASES,
  PRECISIONS,
  type Precision,
  WORKLOADS,
  type WorkloadId,
} from "./data/workloads";
import type { Candidate } from "./match";

export const MODEL_CANDIDATES: readonly (Candidate & { readonly id: ModelId })[] = MODELS.map(
  (model) => ({
    display: model.id,
    names: [model.id, model.displayName, ...model.aliases],
    id: model.id,
  })
);

export const WORKLOAD_CANDIDATES: readonly (Candidate & { readonly id: WorkloadId })[] =
  WORKLOADS.map((workload) => ({
    display: workload.id,
    names: [workload.id, ...workload.aliases],
    id: workload.id,
  }));

export const PRECISION_CANDIDATES: readonly (Candidate & { readonly id: Precision })[] =
  PRECISIONS.map((precision) => ({
    display: precision,
    names: [precision, ...PRECISION_ALIASES[precision]],
    id: precision,
  }));
