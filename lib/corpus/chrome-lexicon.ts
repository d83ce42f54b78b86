/**
 * Site chrome of Vietnamese and English news pages, as data: the headings of footer and
 * related-headline blocks, the words of share bars and toolbars, and the shapes of banner,
 * newsletter, copyright, credit and navigation lines. Phrases are matched folded (no diacritics,
 * lower case, đ → d), so "Tin liên quan" and "TIN LIEN QUAN" are the same heading; patterns are
 * matched on the folded line too. Read by lib/corpus/chrome.ts; no logic here.
 */

/**
 * Headings after which nothing is the article: comments, keywords, the source link. A page puts
 * them after the body, so the body ends at the first one.
 */
export const END_HEADINGS: readonly string[] = [
  // Vietnamese
  "binh luan",
  "y kien ban doc",
  "gui binh luan",
  "xem them y kien",
  "y kien",
  "link bai goc",
  "nguon bai goc",
  "tu khoa",
  "chu de",
  "the", // "Thẻ", tags
  "tags",
  "tag",
  // English
  "comments",
  "comment",
  "leave a comment",
  "join the conversation",
  "topics",
  "keywords",
  "suggested topics",
];

/**
 * Headings of a block of other headlines (related, latest, most read). Such a block usually closes
 * the page, but some outlets box a few related headlines inside the body, and the body goes on
 * after them (see `inlineBoxEnd` in chrome.ts).
 */
export const LIST_HEADINGS: readonly string[] = [
  // Vietnamese
  "tin lien quan",
  "tin tuc lien quan",
  "bai lien quan",
  "bai viet lien quan",
  "tin cung chuyen muc",
  "cung chuyen muc",
  "tin cung chu de",
  "tin moi nhat",
  "tin moi",
  "tin khac",
  "cac tin khac",
  "tin noi bat",
  "doc them",
  "xem them",
  "doc nhieu",
  "doc nhieu nhat",
  "tin doc nhieu",
  "xem nhieu",
  "xem nhieu nhat",
  "co the ban quan tam",
  "ban co the quan tam",
  "tin hay",
  "tin nong",
  "doc tiep",
  "tieu diem",
  "dang duoc quan tam",
  "tin khac cung chuyen muc",
  "tin bai lien quan",
  "bai viet khac",
  "cac bai viet khac",
  "tin tuc khac",
  "tin xem nhieu",
  "tin doc nhieu nhat",
  "bai doc nhieu",
  "co the ban chua doc",
  "dung bo lo",
  "tin vua cap nhat",
  "cung tac gia",
  "bai cung tac gia",
  "cung chu de",
  "bai cung chu de",
  "bai viet cung chu de",
  "bai cung chuyen muc",
  "bai viet cung chuyen muc",
  "xem video",
  "video lien quan",
  // English
  "related",
  "related stories",
  "related articles",
  "related news",
  "related content",
  "related coverage",
  "more stories",
  "more news",
  "more on this story",
  "more from",
  "most read",
  "most popular",
  "most viewed",
  "popular",
  "trending",
  "trending now",
  "read more",
  "read next",
  "also read",
  "see also",
  "you may also like",
  "you might also like",
  "recommended",
  "recommended for you",
  "editor's picks",
  "editors' picks",
  "top stories",
  "latest news",
  "latest stories",
  "latest",
  "more to read",
  "further reading",
  "most shared",
  "most popular stories",
  "related reading",
  "related topics",
  "recommended stories",
  "recommended reading",
  "read also",
  "don't miss",
  "latest headlines",
  "top headlines",
  "what to read next",
  "more by this author",
  "more from this author",
];

/**
 * Words of share bars, reaction counters and print/email/font-size toolbars. A line made only of
 * these (with counts and separators) is chrome: "Bình luận (0) | Chia sẻ", "Share · Tweet · Email",
 * "A- A+ | In bài". A sentence that uses one of them among other words is body text.
 */
export const TOOLBAR_WORDS: readonly string[] = [
  // Vietnamese
  "binh luan",
  "chia se",
  "thich",
  "luot thich",
  "luot xem",
  "luot chia se",
  "luu",
  "luu bai",
  "luu tin",
  "in",
  "in bai",
  "in bai viet",
  "gui bai viet",
  "gui email",
  "gui cho ban be",
  "gui",
  "co chu",
  "nghe bai viet",
  "nghe",
  "bao loi",
  "sao chep lien ket",
  "sao chep link",
  "theo doi",
  "quan tam",
  "tra loi",
  "bai viet",
  "tai ung dung",
  "y kien",
  "chia se qua",
  "chia se len",
  "chia se bai viet",
  "gui qua email",
  // Words that join a share button to its network ("Chia sẻ lên Facebook", "Share this article on X")
  "len",
  "qua",
  "tren",
  // English
  "share",
  "shares",
  "share this",
  "share this article",
  "share on facebook",
  "share on twitter",
  "share on", // "Share on X", "Share on LinkedIn": the network follows as a phrase of its own
  "share via",
  "share to",
  "share this story",
  "share this page",
  "share article",
  "share story",
  "email this",
  "email this article",
  "email this story",
  "print this article",
  "print article",
  "on",
  "via",
  "to",
  "tweet",
  "like",
  "likes",
  "comments",
  "comment",
  "print",
  "email",
  "e-mail",
  "save",
  "save article",
  "copy link",
  "link copied",
  "font size",
  "text size",
  "listen",
  "listen to this article",
  "min", // "Listen to this article · 4 min", "Nghe bài viết · 3 phút"
  "mins",
  "phut",
  "follow",
  "follow us",
  "report",
  "reply",
  "views",
  "gift this article",
  "whatsapp",
  "messenger",
  "telegram",
  // Networks named on share buttons
  "facebook",
  "twitter",
  "x",
  "zalo",
  "linkedin",
  "pinterest",
  "pin",
  "reddit",
  "google news",
  // Font-size buttons
  "a",
  "a+",
  "a-",
  "aa",
];

/**
 * Lines that are chrome wherever they stand, matched on the folded line: newsletter prompts,
 * cookie and consent banners, copyright and licence footers, syndication and agency credits,
 * photo credits, one-line "Related: …" lists. Each is anchored or narrow enough that a body
 * sentence does not match (unit tests keep sentences that mention comments, cookies, sharing).
 */
export const CHROME_LINES: readonly RegExp[] = [
  // Newsletter and subscription prompts
  /^(?:sign up|subscribe|register)\b.{0,80}\b(?:newsletters?|briefs?|briefings?|digests?|bulletins?|updates|alerts|inbox)\b/u,
  // A pitch that ends in the prompt: "Want more like this? Sign up for our newsletter."
  /\b(?:sign up|subscribe)(?: now| today)? (?:for|to) our [^.!?]{0,40}\b(?:newsletters?|briefs?|briefings?|digests?)\s*[.!]?$/u,
  /^(?:subscribe|subscribe now|subscribe today|sign up|sign in|log in|register)\s*[.!]?$/u,
  /^get (?:our|the) .{0,60}\b(?:newsletter|briefing)\b/u,
  /^nhan ban tin\b[^.!?]{0,40}$/u,
  /^dang ky (?:nhan )?(?:ban tin|tin|thong bao|email)\b/u,
  // A newsletter box: its heading, pitch, address field, consent line and button
  /^(?:newsletters?|our newsletters?|email newsletters?|free newsletters?|ban tin|ban tin email|dang ky|dang ky ngay)\s*:?$/u,
  /^(?:get|receive|have)\b.{0,80}\b(?:in|to|straight to|delivered to) your inbox\b/u,
  /^nhan (?:tin|tin tuc|ban tin|thong tin)\b.{0,60}\b(?:qua email|qua e-mail|vao hop thu)\b/u,
  /^(?:enter your (?:email|e-mail)|your email address|email address|nhap (?:dia chi )?(?:email|e-mail))\b.{0,30}$/u,
  /^by (?:signing up|subscribing|registering|clicking)\b.{0,80}\b(?:privacy|terms|policy)\b/u,
  /^bang (?:viec|cach) (?:dang ky|nhan|bam)\b.{0,80}\b(?:chinh sach|dieu khoan|bao mat)\b/u,
  /\b(?:unsubscribe at any time|huy dang ky bat cu luc nao)\.?$/u,
  // Cookie and consent banners
  /^(?:we|this (?:site|website)|our (?:site|website)) (?:use|uses) cookies\b/u,
  /^by (?:continuing|using|browsing)\b.{0,80}\b(?:cookies?|privacy|terms)\b/u,
  /^(?:cookie (?:settings|preferences|policy)|accept (?:all )?cookies|manage cookies)\b/u,
  /^(?:chung toi|trang web(?: nay)?|trang nay|website(?: nay)?) su dung cookie/u,
  // Copyright, licence and masthead footers
  /^(?:©|\(c\)\s|copyright\b)/u,
  /\ball rights reserved\.?$/u,
  /^ban quyen\b/u,
  /^(?:giay phep|gpxb|giay phep hoat dong bao chi)\b.{0,20}\bso\b/u,
  /^(?:tong bien tap|pho tong bien tap|co quan chu quan)\s*:/u,
  /\bghi ro nguon\b.{0,60}\b(?:phat hanh lai|trich dan|dang tai)\b/u,
  // Syndication and agency credits (the outlet is kept as the attribution, see SYNDICATION)
  /^(?:reporting|additional reporting|writing|editing|compiled|written|story|words) by\b/u,
  // Bylines in Vietnamese ("Bài và ảnh: Minh Anh", "Nhóm phóng viên: …"); English "By …" lines are BYLINE below
  /^(?:bai|bai va anh|bai, anh|bai - anh|anh va bai|phong vien|nhom phong vien|nhom pv|tac gia|nhom tac gia|thuc hien)\s*:\s*[^.!?:]{2,60}$/u,
  // Photo, video and graphic credits
  /^\(?(?:anh|photo|photos|image|images|video|do hoa|graphic|infographic|nguon anh|photo credit|image credit|credit)\s*(?:minh hoa\s*)?(?::|by\b)/u,
  /^\(?(?:anh|photo|image) minh hoa\)?\.?$/u,
  /^[a-z]{2,12}\/[\p{L} .'-]{2,40}$/u, // "REUTERS/Kevin Lamarque" once folded
  // Follow prompts, advertising slots, reading-time and update stamps, wire-service furniture
  /^(?:theo doi|follow)\b.{0,50}\b(?:tren|on) (?:google news|facebook|zalo|twitter|x|youtube|tiktok|telegram)\s*[.!]?$/u,
  /^(?:advertisement|quang cao|sponsored|story continues below(?: advertisement)?|continue reading|scroll to continue(?: with content)?)$/u,
  /^\d+\s*(?:min|mins|minute|minutes|phut)\s+(?:read|doc)$/u,
  /^(?:reading time|read time|thoi gian doc)\s*:?\s*\d+\s*(?:min|mins|minute|minutes|phut)\.?$/u,
  // A signature with how the report was made: "Minh Anh (tổng hợp)", "Thu Hà (theo Sample Times)"
  /^[a-z]+(?: [a-z]+){0,3} \((?:tong hop|luoc dich|dich|bien dich|t\/h|theo [^()]{2,40})\)$/u,
  // Contact lines of the masthead
  /^(?:hotline|duong day nong|lien he quang cao|lien he toa soan|contact us|email us)\s*:/u,
  /^watch\s*:/u,
  /^(?:cap nhat|updated|last updated|published|posted|dang luc|dang ngay)(?: luc| ngay| on| at)?\s*:?\s*[^.!?]{0,30}(?:\d{1,2}[:/.-]\d{1,2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)[^.!?]{0,30}$/u,
  /^our standards\s*:/u,
  /\bsign up here\.?$/u,
  /^purchase licensing rights\b/u,
  /^opens new tab$/u,
  /^(?:item \d+ of \d+|\[\d+\s*\/\s*\d+\])\s/u, // a gallery's caption: "Item 1 of 3 A view of …", "[1/2] …"
  // Price and rate tickers: "Markets: Rice $505/t ▲ | Coffee $4,050/t ▼", "Tỷ giá USD/VND: 25.610 ▲0,05%".
  // Two change marks on a line, or one beside a figure after a "label:"; a body table row with one mark stays.
  /[▲▼△▽▴▾].*[▲▼△▽▴▾]/u,
  // (The look-ahead fails a line without a mark at once: every body line of a file is tested.)
  /^(?=[^▲▼△▽▴▾]*[▲▼△▽▴▾])[^:|]{2,40}:(?:[^|]*\d[^|]{0,20}\s?[▲▼△▽▴▾]|[^|]*[▲▼△▽▴▾]\s?[+-]?\d)/u,
  // One-line lists of other headlines: "Related: a | b", "Also on ATM: …", "Xem thêm: …"
  /^(?:related(?: stories| articles| news| coverage)?|most read|read more|read next|also read|see also|also on [^:]{1,40}|more from [^:]{1,40}|more on [^:]{1,40}|xem them|doc them|tin lien quan)\s*:/u,
];

/**
 * Price and rate tickers: a strip of quotes, each a short label and a figure with its unit and
 * change ("USD/JPY 151,20 ▲0,1%", "Giá heo hơi 61.000 đ/kg", "Copper 4.52 USD/lb"), between
 * separators. Read by `isTicker` in chrome.ts on the folded line.
 */
export const TICKER = {
  /** Marks of a quote's rise or fall ("▲0,05%", "▼"). */
  changeMarks: "▲▼△▽▴▾",
  /** What separates the quotes of a strip. */
  separator: /\s*[|·•]\s*/u,
  /** Most words a quote's label has before its figure ("Giá cà phê Robusta nhân xô"). */
  labelMaxWords: 6,
  /** Most words of a unit after a figure ("triệu đồng/lượng", "US cent/lb"). */
  unitMaxWords: 2,
  /** Longer lines are never a ticker (the longest strip above is under 120 characters). */
  maxChars: 200,
} as const;

/**
 * Syndication credits that name the outlet a report came from ("This article first appeared in
 * Mekong Trade Review."): the line is dropped and the outlet recorded as the attribution, as
 * "Theo …" lines are.
 */
export const SYNDICATION: readonly RegExp[] = [
  // "This story was first published by X and is republished with permission."
  /^this (?:article|story|report|piece|post) (?:was |has been )?(?:first |originally )?(?:appeared|published|posted|ran) (?:in|on|by) ([^,;:!?()]{2,60}?)(?:,? and (?:is |has been |was )?(?:re-?published|reproduced|reprinted|shared)\b[^.!?]*)?\.?$/iu,
  // "This article is republished from X under a Creative Commons license."
  /^this (?:article|story|report|piece|post) (?:is|was|has been) (?:re-?published|reproduced|reprinted|syndicated) (?:here )?(?:with (?:kind )?permission )?(?:from|by|courtesy of) ([^,;:!?()]{2,60}?)(?: under (?:a |the )?[^.!?]{0,60}| with (?:kind )?permission)?\.?$/iu,
  /^(?:originally|first) (?:published|appeared|posted) (?:in|on|by) ([^,;:!?()]{2,60}?)\.?$/iu,
  // "Republished with permission from X.", "Reproduced under licence from X."
  /^(?:re-?published|reproduced|reprinted)(?: here)? (?:with (?:kind )?permission|by arrangement|under (?:a )?licen[cs]e) (?:from|of|by|with) ([^,;:!?()]{2,60}?)\.?$/iu,
  // "Distributed by the X wire", "Syndicated by X"
  /^(?:distributed|syndicated) by (?:the )?([^,;:!?()]{2,60}?)(?: (?:news ?wire|wire service|wire|syndicate|news service))?\.?$/iu,
  // "Bài viết được đăng lại với sự cho phép của X.", "Bài đăng lần đầu trên X."
  /^(?:bài viết |bài |tin )?(?:được )?(?:đăng lại|đăng tải lại|phát hành lại|trích đăng) (?:với sự (?:cho phép|đồng ý) của|theo thỏa thuận với|từ) ([^,;:!?()]{2,60}?)\.?$/iu,
  /^(?:bài viết |bài |tin )?(?:được )?(?:đăng|đăng tải|xuất bản) lần đầu (?:trên|tại|bởi) ([^,;:!?()]{2,60}?)\.?$/iu,
];

/**
 * A byline with no date, matched on the folded line: "By Jane Sample", "By Sample Ledger staff".
 * chrome.ts also wants the word after "By" capitalised (or "staff"/"reporters"), so a subheading
 * such as "By sector" stays.
 */
export const BYLINE = /^by [a-z][a-z.'’&-]*(?: [a-z.'’&-]+){0,6}$/u;

/** Labels of a line that lists the article's tags ("Tags: a, b", "Từ khóa: a, b"). */
export const TAG_LABELS: readonly string[] = [
  // Vietnamese
  "tu khoa",
  "the",
  "chu de",
  "chuyen muc",
  "danh muc",
  // English
  "tags",
  "tag",
  "keywords",
  "topics",
  "related topics",
  "filed under",
  "posted in",
  "categories",
  "category",
];

/**
 * Page furniture that is a whole line by itself, matched folded without a trailing colon or
 * ellipsis: skip links, menu and search buttons, back-to-top, previous/next links, sign-in, the
 * comment form's prompts.
 */
export const FURNITURE_LINES: readonly string[] = [
  // Vietnamese
  "len dau trang",
  "ve dau trang",
  "ve trang chu",
  "bai truoc",
  "bai sau",
  "bai tiep theo",
  "bai viet truoc",
  "bai viet tiep theo",
  "tin truoc",
  "tin sau",
  "tin tiep theo",
  "dang nhap",
  "dang xuat",
  "tim kiem",
  "xem tiep",
  "viet binh luan",
  "binh luan cua ban",
  "dang tai",
  // English
  "skip to main content",
  "skip to content",
  "skip to navigation",
  "menu",
  "search",
  "back to top",
  "previous article",
  "next article",
  "previous story",
  "next story",
  "click here to read more",
  "loading",
  "print this page",
  "photo gallery",
  "leave a reply",
  "your comment",
  "share this",
  "like this",
];

/** Separators of navigation bars and breadcrumbs ("Trang chủ | Kinh tế", "Home > Asia", "A · B"). */
export const NAV_SEPARATOR = /\s+[|·•>»›/]\s+|\s*[|·•»›]\s*/u;
/** Most words a navigation item has ("Thương mại quốc tế", "Báo Công Nghiệp Mới"). */
export const NAV_ITEM_MAX_WORDS = 4;
/** Fewest items a navigation bar or breadcrumb has ("Home > Southeast Asia > Vietnam"). */
export const NAV_MIN_ITEMS = 3;
/** First items of a breadcrumb: after one of these, two items are enough ("Home › Markets", "TRANG CHỦ / QUỐC TẾ"). */
export const NAV_HOME_ITEMS: readonly string[] = ["home", "homepage", "trang chu", "trang nhat"];
