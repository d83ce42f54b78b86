/**
 * Vietnamese family names and the titles written before a person's name ("ông Đỗ Văn Thành", "bà Tạ
 * Minh Nguyệt"). A question typed without diacritics and in lower case ("ong do van thanh phat bieu gi")
 * has no capitals to show a name: a title then a family name starts one. Data only; read by
 * lib/retrieve/query.ts.
 */
import { VI_ONE_WORD_TITLES } from "./person-titles";

/** Titles before a person's name, as an unaccented question writes them: the title lexicon's one-word Vietnamese titles. */
export const VI_NAME_TITLES: readonly string[] = VI_ONE_WORD_TITLES;

/** Family names, with diacritics (an unaccented question's are their folded forms). */
export const VI_FAMILY_NAMES: readonly string[] = [
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Lưu",
  "Tạ",
  "Trương",
  "Đinh",
  "Đoàn",
  "Lâm",
  "Mai",
  "Trịnh",
  "Cao",
  "Quách",
  "Tô",
  "Vương",
  "Châu",
  "Lương",
  "Đào",
  "Kiều",
  "Tăng",
  "Phùng",
  "Chu",
  "Triệu",
  "Diệp",
  "Doãn",
  "Tôn",
  "Hứa",
  "Thân",
  "Giang",
  "Khúc",
  "Mạc",
  "Nông",
];

/**
 * Words that end a name written in lower case, folded: what follows a person in a question ("ong X duoc
 * bo nhiem", "ba Y noi gi", "ong Z cua Bo Cong Thuong"). Not every function word: "minh", "thi", "anh"
 * are also syllables of names (Minh, Thị, Anh).
 */
export const VI_NAME_ENDS: readonly string[] = (
  "la da duoc bi se dang co khong noi cho biet ve tai o cua voi va hay hoac trong khi gi nao ai dau sao bao nhieu lam giu " +
  "den tu sau truoc nay do dan dau chu tri tham du gap"
).split(" ");
