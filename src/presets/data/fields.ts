/**
 * The preset fields: Excel name (camelCase, unit last), unit, and what the number means. The order here is
 * the column order of the PRESETS table. Definitions follow the sources the values come from: SemiAnalysis
 * InferenceMAX (SA-v1, 2025-10-09) for the TCO tiers, the InferenceX registry (IX-power-0714) for power.
 *
 * Fields with `since` were added after the first release: PRESETS shows them only when asked for by name.
 *
 * Data only: no logic.
 */
import type { PresetField } from "../types";

export const PRESET_FIELDS = [
  {
    name: "hbmGb",
    unit: "GB",
    description:
      "HBM capacity per GPU as listed (usable, driver-reported, where InferenceX lists it; vendor 'GB' figures are binary GB)",
  },
  {
    name: "hbmBandwidthTbPerSecond",
    unit: "TB/s",
    description: "Peak HBM bandwidth per GPU",
  },
  {
    name: "fp8DenseTflops",
    unit: "TFLOPS",
    description: "Peak dense FP8 tensor throughput per GPU, without sparsity",
  },
  {
    name: "fp4DenseTflops",
    unit: "TFLOPS",
    description:
      "Peak dense FP4 tensor throughput per GPU, without sparsity (null where the chip has no FP4 path)",
  },
  {
    name: "boardPowerW",
    unit: "W",
    description:
      "Rated power per GPU as the vendor states it (TDP, max TGP or typical board power)",
  },
  {
    name: "allInPowerKwPerGpu",
    unit: "kW",
    description:
      "All-in power per GPU: chip plus its share of host, NICs and switches (SemiAnalysis AI Cloud TCO Model, 'All-In (W)')",
  },
  {
    name: "priceUsdPerGpu",
    unit: "USD",
    description: "Purchase price per GPU (estimates: NVIDIA and AMD publish no list prices)",
  },
  {
    name: "tcoUsdPerGpuHourOwner",
    unit: "USD/GPU-hour",
    description:
      "Total cost of ownership per GPU-hour, hyperscaler owning tier, 4-year economic life (SemiAnalysis, July 2026)",
  },
  {
    name: "tcoUsdPerGpuHourNeocloud",
    unit: "USD/GPU-hour",
    description:
      "Total cost of ownership per GPU-hour, neocloud-giant owning tier, 4-year economic life (SemiAnalysis, July 2026)",
  },
  {
    name: "tcoUsdPerGpuHourRental",
    unit: "USD/GPU-hour",
    description:
      "Cost per GPU-hour renting from a neocloud, 3-year contract (SemiAnalysis rental tier, July 2026)",
  },
  {
    name: "usdPerGpuHourOnDemand",
    unit: "USD/GPU-hour",
    description:
      "Cloud on-demand price per GPU-hour, no commitment (market quotes; vary 2-3x across providers)",
  },
  {
    name: "tcoUsdPerGpuHourRentalRetail",
    unit: "USD/GPU-hour",
    description:
      "Cost per GPU-hour renting, the later InferenceX registry's retail tier (SemiAnalysis, after 2026-08-14; that registry dropped the neocloud tier). Shown only when asked for by name",
    since: "2026.11.2",
  },
] as const satisfies readonly PresetField[];

/** The preset field names, which are also the Excel field names (camelCase, unit last). */
export type PresetFieldName = (typeof PRESET_FIELDS)[number]["name"];
