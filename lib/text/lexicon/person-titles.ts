/**
 * Words written just before a person's name in news text ("Bộ trưởng Phan Đức Thịnh", "Senator Gerald
 * Mattson"), as written: a sentence with one of them before a capitalised word names someone, which is
 * what a who-question's answer must do (lib/answer/extractive.ts). Data only.
 */
export const TITLES_BEFORE_NAME: readonly string[] = [
  "ông",
  "bà",
  "Bộ trưởng",
  "Thứ trưởng",
  "Thủ tướng",
  "Tổng Bí thư",
  "Trưởng Đại diện",
  "Trợ lý",
  "Đại sứ",
  "Thượng nghị sĩ",
  "Chủ tịch",
  "Minister",
  "Representative",
  "Ambassador",
  "Senator",
  "Secretary",
  "Mr",
  "Ms",
];
