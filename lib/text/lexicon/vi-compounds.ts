/**
 * Vietnamese compound words of the trade and economy field whose syllables, alone, are other words:
 * "giá" is a price, but "trị giá" is a value and "đánh giá" an assessment; "cấp" is a level, but
 * "trợ cấp" is a subsidy. A question's one-syllable word found in a report only inside one of these
 * is not found (lib/retrieve/coverage.ts). Written with diacritics; their folded forms stand in for
 * an unaccented question's words ("tham gia" holds no "gia"). Data only.
 */
export const VI_COMPOUND_WORDS: readonly string[] = [
  // giá (price)
  "trị giá",
  "giá trị",
  "đánh giá",
  "phá giá",
  "bán phá giá",
  // gia (folded "giá"): nation, take part, expert, increase, extend, processing, family
  "quốc gia",
  "tham gia",
  "chuyên gia",
  "gia tăng",
  "gia hạn",
  "gia công",
  "gia đình",
  // cấp (level)
  "trợ cấp",
  "nâng cấp",
  "cung cấp",
  "khẩn cấp",
  // ký (sign)
  "đăng ký",
  "thư ký",
  "chữ ký",
  // trưởng (head)
  "tăng trưởng",
  // đầu (early, head)
  "đầu tư",
  "bắt đầu",
  "dẫn đầu",
  "hàng đầu",
  "khởi đầu",
  // bộ (ministry)
  "toàn bộ",
  "bộ phận",
  "đồng bộ",
  "sơ bộ",
  "tiến bộ",
  // hòa (harmony, peace)
  "hài hòa",
  // tiếp (receive a visitor)
  "trực tiếp",
  "thay đổi",
  "thay vì",
  "gián tiếp",
  "tiếp tục",
  "tiếp cận",
  // dự (attend)
  "dự án",
  "dự kiến",
  "dự báo",
  "dự thảo",
];
