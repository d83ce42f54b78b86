/**
 * The stages of a trade-remedy case (an antidumping or countervailing duty investigation), as questions and headlines
 * name them: its initiation, the preliminary determination, the final one. Data only; read by lib/retrieve/case-stage.ts.
 */
export type CaseStage = "initiation" | "preliminary" | "final";

/** How a headline names each stage. */
export const STAGE_IN_TITLES: Readonly<Record<CaseStage, readonly string[]>> = {
  initiation: ["khởi xướng", "initiates", "initiated", "opens", "launches"],
  preliminary: ["sơ bộ", "preliminary"],
  final: ["cuối cùng", "final"],
};

/** How a question names each stage (besides its headline words): "Mỹ bắt đầu điều tra … từ ngày nào?". */
export const STAGE_IN_QUESTIONS: Readonly<Record<CaseStage, readonly string[]>> = {
  initiation: ["khởi xướng", "bắt đầu", "initiate", "initiated", "launch", "launched", "open", "opened", "start", "started", "begin", "began"],
  preliminary: ["sơ bộ", "tạm thời", "preliminary", "provisional"],
  final: ["cuối cùng", "final"],
};

/**
 * Words that make the stage after them what the asked one is compared with: "Vì sao mức thuế cuối cùng thấp hơn mức sơ
 * bộ?", "Why was the final rate lower than the preliminary one?" ask about the final determination.
 */
export const STAGE_COMPARISON_CUES: readonly string[] = ["hơn", "so với", "than", "compared with", "compared to", "relative to"];

/** Words of a case itself: a question names a stage of one only beside one of them ("the final chapters" is no stage). */
export const CASE_WORDS: readonly string[] = [
  "điều tra",
  "kết luận",
  "thuế",
  "biên độ",
  "bán phá giá",
  "trợ cấp",
  "investigation",
  "probe",
  "determination",
  "duty",
  "duties",
  "margin",
  "margins",
  "rate",
  "rates",
  "antidumping",
  "countervailing",
  "subsidy",
];
