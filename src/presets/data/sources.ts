/**
 * Every source the preset dataset cites, keyed by a short id (publisher or repository, then what it is:
 * "IX-tco-0731" is the InferenceX TCO update of 2026-07-31). GitHub sources give the repository URL and name
 * the file and commit in the title. `date` is the date the source gives: publication, commit, or the price
 * date it states. Pages that carry no date say "retrieved" in the title and use the retrieval date.
 *
 * Data only: no logic.
 */
import type { Source } from "../types";

export const SOURCES = {
  "SA-v1": {
    title: "InferenceMAX: Open Source Inference Benchmarking (workloads, TCO tier definitions)",
    url: "https://newsletter.semianalysis.com/p/inferencemax-open-source-inference",
    publisher: "SemiAnalysis",
    date: "2025-10-09",
  },
  "SA-v2": {
    title:
      "InferenceX v2: NVIDIA Blackwell Vs AMD vs Hopper (packages/app/content/blog/inferencex-v2-nvidia-blackwell-vs-amd-vs-hopper.mdx)",
    url: "https://github.com/SemiAnalysisAI/InferenceX-app",
    publisher: "SemiAnalysis",
    date: "2026-02-16",
  },
  "IX-specs": {
    title:
      "InferenceX GPU spec registry, packages/app/src/lib/gpu-specs.ts at commit f8585da (memory = usable, driver-reported; TFLOPS dense)",
    url: "https://github.com/SemiAnalysisAI/InferenceX-app",
    publisher: "SemiAnalysis",
    date: "2026-07-14",
  },
  "IX-power-0714": {
    title:
      "InferenceX hardware registry, packages/constants/src/gpu-keys.ts, commit be3524c “correct GPU power & spec data” (tdp; all-in kW per GPU from the SemiAnalysis AI Cloud TCO Model)",
    url: "https://github.com/SemiAnalysisAI/InferenceX-app",
    publisher: "SemiAnalysis",
    date: "2026-07-14",
  },
  "IX-tco-0731": {
    title:
      "InferenceX hardware registry, packages/constants/src/gpu-keys.ts, commits ae3a240 “Update TCO to July” + 715c965 (SemiAnalysis AI Cloud TCO Model, July 2026 USD/GPU-hour)",
    url: "https://github.com/SemiAnalysisAI/InferenceX-app",
    publisher: "SemiAnalysis",
    date: "2026-07-31",
  },
  "IX-later": {
    title:
      "InferenceX hardware registry, packages/constants/src/gpu-keys.ts, version adding TPU7x (tpuv7) + tco.ts “SemiAnalysis Market July 2026 Pricing Surveys & AI Cloud TCO Model”; commit on or after 2026-08-15, exact date not recorded",
    url: "https://github.com/SemiAnalysisAI/InferenceX-app",
    publisher: "SemiAnalysis",
    date: "2026-08-15",
  },
  "IX-fixture": {
    title:
      "InferenceX API snapshot, packages/app/cypress/fixtures/api/benchmarks.json at commit 528c414 (435 DeepSeek-R1 rows with run URLs)",
    url: "https://github.com/vngcloud/InferenceX-app",
    publisher: "SemiAnalysis InferenceX (fork vngcloud/InferenceX-app)",
    date: "2026-06-14",
  },
  "IX-blog-gb200": {
    title:
      "GB200 NVL72 vs B200 on DeepSeek R1 670B: Up to 4.4x Throughput per GPU at 125 tok/s/user (packages/app/content/blog/gb200-nvl72-vs-b200-disagg-deepseek-r1-fp4-dynamo-trt.mdx)",
    url: "https://github.com/SemiAnalysisAI/InferenceX-app",
    publisher: "SemiAnalysis InferenceX",
    date: "2026-05-23",
  },
  "IX-blog-sgl": {
    title:
      "SGLang 0.5.6 on B200, DeepSeek R1 FP4: up to 1.8x (packages/app/content/blog/sglang-0-5-6-b200-deepseek-r1-fp4-up-to-1-8x.mdx)",
    url: "https://github.com/SemiAnalysisAI/InferenceX-app",
    publisher: "SemiAnalysis InferenceX",
    date: "2026-05-02",
  },
  "IX-blog-gb300": {
    title:
      "GB300 NVL72 vs GB200 NVL72 on DeepSeek-V4-Pro 1.6T: Up to 2.83x Throughput (packages/app/content/blog/gb300-nvl72-vs-gb200-nvl72-dsv4-pro-vllm-fp4.mdx)",
    url: "https://github.com/SemiAnalysisAI/InferenceX-app",
    publisher: "SemiAnalysis InferenceX",
    date: "2026-05-27",
  },
  stas: {
    title:
      "Machine Learning Engineering, compute/accelerator/README.md at commit 744d01e (power table checked 2026-07-29)",
    url: "https://github.com/stas00/ml-engineering",
    publisher: "Stas Bekman",
    date: "2026-08-22",
  },
  "GCP-tpu": {
    title:
      "Cloud TPU documentation: TPU7x (Ironwood), with v5p and v6e comparison table (undated page, retrieved 2026-11-26)",
    url: "https://docs.cloud.google.com/tpu/docs/tpu7x",
    publisher: "Google Cloud",
    date: "2026-11-26",
  },
  "AWS-trn2": {
    title: "AWS Neuron documentation: Trainium2 architecture / NKI Trainium2 guide (v2.29.0)",
    url: "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium2.html",
    publisher: "Amazon Web Services",
    date: "2025-12-01",
  },
  "NP-gaudi-pricing": {
    title:
      "Stacking Up Intel Gaudi Against Nvidia GPUs For AI (Intel Computex 2024 list prices; accelerator price estimates)",
    url: "https://www.nextplatform.com/2024/06/13/stacking-up-intel-gaudi-against-nvidia-gpus-for-ai/",
    publisher: "The Next Platform",
    date: "2024-06-13",
  },
  "alpha-one-index": {
    title: "AI Infra Index (llms-full.txt): accelerator MSRP estimates",
    url: "https://alpha-one-index.github.io/ai-infra-index/llms-full.txt",
    publisher: "Alpha One Index",
    date: "2026-03-01",
  },
  "spheron-0318": {
    title:
      "NVIDIA H200 vs B200 vs GB200: Which GPU to Rent for AI in 2026? (on-demand prices as of 2026-03-17)",
    url: "https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200",
    publisher: "Spheron Network",
    date: "2026-03-18",
  },
  "aimultiple-gpu-index": {
    title: "GPU price index: median on-demand price across 37 cloud providers",
    url: "https://aimultiple.com/gpu-index",
    publisher: "AIMultiple",
    date: "2026-05-20",
  },
  "cliffcenter-amd": {
    title: "AMD inference economics (MI300X / MI325X cloud prices)",
    url: "https://www.cliffcenter.com/research/amd-inference-economics",
    publisher: "Cliff Center",
    date: "2026-05-18",
  },
  "hsbc-mi355x": {
    title:
      "HSBC (Frank Lee) lowers AMD MI355 average selling price estimate to $23,000 from $25,000 (as reported)",
    url: "https://moneycheck.com/amd-stock-why-this-analyst-still-loves-amd-despite-price-cut",
    publisher: "MoneyCheck, reporting an HSBC research note",
    date: "2025-09-09",
  },
  // ---- added in dataset 2026.11.2 (platform choice) ----
  "IX-blog-gptoss": {
    title:
      "Best GPU for gpt-oss-120b Inference — Benchmarks & Comparison (packages/app/content/blog/best-gpu-for-gptoss120b-inference.mdx; peak-throughput row per GPU, 8k/1k and 1k/1k)",
    url: "https://github.com/SemiAnalysisAI/InferenceX-app",
    publisher: "SemiAnalysis InferenceX",
    date: "2026-04-06",
  },
  "IX-blog-llama70b": {
    title:
      "Best GPU for Llama-3.3-70B Inference — Benchmarks & Comparison (packages/app/content/blog/best-gpu-for-llama70b-inference.mdx; peak-throughput row per GPU, runs of 2025-10-29)",
    url: "https://github.com/SemiAnalysisAI/InferenceX-app",
    publisher: "SemiAnalysis InferenceX",
    date: "2026-04-06",
  },
  "IX-history": {
    title:
      "InferenceX API history snapshot, packages/app/cypress/fixtures/api/benchmarks-history.json at commit 528c414 (1,462 DeepSeek-R1 rows, runs 2025-12-05 to 2026-06-11)",
    url: "https://github.com/vngcloud/InferenceX-app",
    publisher: "SemiAnalysis InferenceX (fork vngcloud/InferenceX-app)",
    date: "2026-06-14",
  },
  "IX-retail": {
    title:
      "InferenceX hardware registry, packages/constants/src/gpu-keys.ts, version with tiers costh (owning at large hyperscaler volume) and costr (retail tier) only, neocloud tier removed, TPU7x added; later than the fork's 2026-08-14 upstream sync (commit af1752a still has the July rates); no commit hash in the stored copies",
    url: "https://github.com/SemiAnalysisAI/InferenceX-app",
    publisher: "SemiAnalysis",
    date: "2026-08-15",
  },
  "DS-api-pricing": {
    title:
      "DeepSeek API Docs, Models & Pricing: deepseek-reasoner (DeepSeek-R1) standard price list in effect until 2025-09-05 16:00 UTC",
    url: "https://api-docs.deepseek.com/quick_start/pricing",
    publisher: "DeepSeek",
    date: "2025-09-05",
  },
  "keeprouter-gptoss": {
    title: "GPT-OSS 120B API — pricing & specs (undated page, stored copy checked 2026-11-29)",
    url: "https://keeprouter.com/models/gpt-oss-120b",
    publisher: "KeepRouter",
    date: "2026-11-29",
  },
  "therouter-gptoss": {
    title: "GPT OSS 120B model page (undated page, stored copy checked 2026-11-29)",
    url: "https://therouter.ai/models/openai--gpt-oss-120b",
    publisher: "TheRouter",
    date: "2026-11-29",
  },
  "deepinfra-llama33": {
    title:
      "meta-llama/Llama-3.3-70B-Instruct-Turbo API page (undated page, stored copy checked 2026-11-29)",
    url: "https://deepinfra.com/meta-llama/Llama-3.3-70B-Instruct-Turbo/api",
    publisher: "DeepInfra",
    date: "2026-11-29",
  },
  "DS-V3-config": {
    title:
      "DeepSeek-V3 reference inference config, inference/configs/config_671B.json (layers, MLA kv_lora_rank and rope head dim, experts) at commit 4c2fdb8, with README_WEIGHTS.md (61 layers, 1 MTP module)",
    url: "https://github.com/deepseek-ai/DeepSeek-V3",
    publisher: "DeepSeek",
    date: "2024-12-26",
  },
  "DS-R1-readme": {
    title:
      "DeepSeek-R1 README.md at commit 0cf7856: 671B total, 37B activated parameters; trained on DeepSeek-V3-Base",
    url: "https://github.com/deepseek-ai/DeepSeek-R1",
    publisher: "DeepSeek",
    date: "2025-04-09",
  },
  "OAI-gpt-oss": {
    title:
      "gpt-oss README.md (117B parameters, 5.1B active) and gpt_oss/torch/model.py ModelConfig (36 layers, 128 experts, 4 per token, 8 KV heads × 64, sliding window 128 on every other layer) at commit d21f34e",
    url: "https://github.com/openai/gpt-oss",
    publisher: "OpenAI",
    date: "2026-06-09",
  },
  "Meta-llama33": {
    title:
      "Llama 3.3 model card, models/llama3_3/MODEL_CARD.md (70B, GQA), and models/sku_list.py arch_args of Llama-3.3-70B-Instruct (dim 8192, 80 layers, 64 heads, 8 KV heads) at commit 8c88b8c",
    url: "https://github.com/meta-llama/llama-models",
    publisher: "Meta",
    date: "2025-02-12",
  },
} as const satisfies Record<string, Source>;

/** Key of the sources table, e.g. `"IX-tco-0731"`. */
export type SourceId = keyof typeof SOURCES;
