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

/**
 * First words of the names of bodies and places written capitalised like a person's ("Bộ Công Thương",
 * "Nhóm Công tác", "TP. Hồ Chí Minh"): three capitalised words after one of them name no one. Data only.
 */
export const NOT_PERSON_NAME_STARTS: readonly string[] = [
  "Bộ",
  "Cục",
  "Vụ",
  "Ủy",
  "Ban",
  "Sở",
  "Tổng",
  "Hiệp",
  "Phòng",
  "Ngân",
  "Viện",
  "Trung",
  "Hội",
  "Nhóm",
  "Công",
  "Quốc",
  "Nhà",
];
/** Words before a place's name ("TP. Hồ Chí Minh", "thành phố Hồ Chí Minh"). */
export const PLACE_PREFIXES: readonly string[] = ["TP.", "TP", "phố", "Phố", "tỉnh", "Tỉnh"];
