/**
 * Site chrome is dropped by rules that hold across outlets, in Vietnamese and English, and body
 * sentences that mention the same words stay. Every line here is synthetic, written for this test.
 */
import { describe, expect, it } from "vitest";
import { cleanCapture } from "@/lib/corpus/clean";
import { isChromeLine, isEndHeading, isListHeading } from "@/lib/corpus/chrome";

const BODY_VI = [
  "Hai đoàn đàm phán đã thống nhất thêm ba chương của dự thảo Hiệp định trong phiên làm việc kéo dài hai ngày.",
  "Thứ trưởng cho biết phía Việt Nam sẽ gửi đề xuất mới về quy tắc xuất xứ trước vòng tiếp theo.",
];
const BODY_EN = [
  "Negotiators agreed three more chapters of the draft agreement during two days of talks in Hanoi.",
  "The deputy minister said Vietnam would send a new proposal on rules of origin before the next round.",
];
const capture = (...lines: string[]) => cleanCapture(lines.join("\n"));

describe("chrome lines, Vietnamese and English (synthetic)", () => {
  const chrome = [
    // share bars, counters, toolbars
    "Bình luận (0) | Chia sẻ",
    "0 bình luận · 12 lượt xem",
    "Chia sẻ",
    "Thích 25 | Chia sẻ | Lưu",
    "In bài | Gửi email | Cỡ chữ A- A+",
    "Bình luận | Gửi bài viết",
    "Share · Tweet · Email",
    "Comments (3) | Share",
    "Print | Email | Font size",
    "Facebook Twitter  Zalo",
    "Listen to this article",
    "Share on X · Share on LinkedIn",
    "Share on X  ·  Share on LinkedIn  ·  Email this article",
    "Email this article",
    "Chia sẻ qua Facebook | Zalo",
    "Chia sẻ bài viết | In bài",
    "Chia sẻ bài viết lên Facebook",
    "Share this article on Facebook | Share on X",
    "Share this:",
    "Chia sẻ:",
    "Font size: A A A",
    "Listen to this article · 4 min",
    "Nghe bài viết · 3 phút",
    // cookie and consent banners
    "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    "This website uses cookies to personalise content and ads.",
    "Cookie settings",
    "By continuing to browse you agree to our use of cookies.",
    "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn.",
    "Trang web này sử dụng cookie để cải thiện trải nghiệm. Đồng ý | Tùy chỉnh cookie",
    // newsletter prompts
    "Sign up for our newsletter",
    "Sign up for the Sample Monitor briefing",
    "Subscribe",
    "Get our morning newsletter in your inbox",
    "Đăng ký nhận bản tin mỗi sáng",
    // a newsletter box, line by line
    "Newsletter",
    "Get the day's top trade stories in your inbox every morning.",
    "Enter your email address",
    "By signing up, you agree to our privacy policy.",
    "Bản tin",
    "Nhận tin tức thương mại mới nhất qua email mỗi sáng.",
    "Nhập email của bạn",
    "Bằng việc đăng ký, bạn đồng ý với chính sách bảo mật của chúng tôi.",
    // copyright and masthead footers
    "© 2025 Báo Thử Nghiệm. Bảo lưu mọi quyền.",
    "Copyright 2025 The Sample Herald. All rights reserved.",
    "© Sample Commerce Daily. We use cookies to personalise content.",
    "Bản quyền thuộc về Báo Thử Nghiệm",
    "Giấy phép hoạt động báo chí số 123/GP-BTTTT",
    "Tổng biên tập: Nguyễn Văn Mẫu",
    "Ghi rõ nguồn Báo Thử Nghiệm khi phát hành lại thông tin từ website này.",
    // credits
    "Reporting by Jane Sample; Editing by John Example",
    "Ảnh: TTXVN",
    "(Ảnh minh họa)",
    "Photo by Jane Sample / Sample Images",
    "REUTERS/Jane Sample",
    "Đồ họa: Minh Mẫu",
    // one-line lists and navigation
    "Related: Port congestion eases on US coast | Chipmakers weigh new plants",
    "Also on STM: Nickel export rules | Auto parts face new checks",
    "Xem thêm: Giá vàng hôm nay tăng mạnh",
    "» Đọc thêm: Giá cà phê hôm nay tăng nhẹ",
    "Trang chủ | Kinh tế | Thương mại quốc tế | Doanh nghiệp",
    "Home > Southeast Asia > Vietnam",
    "Báo Thử Nghiệm > Thời sự > Hội nhập",
    "SAMPLE HERALD · Economy · Trade · Markets · Opinion",
    // a breadcrumb from the home page needs only one section after it
    "Home › Markets",
    "TRANG CHỦ / QUỐC TẾ",
    "Trang chủ > Kinh tế",
    // bylines and credits that name no outlet
    "Bài và ảnh: Minh Mẫu",
    "Nhóm phóng viên: Thu Mẫu, An Thử",
    "Written by Jane Sample",
    "Minh Mẫu (tổng hợp)",
    "Thu Mẫu (theo Sample Times)",
    // page furniture on a line of its own
    "Skip to main content",
    "Back to top",
    "Lên đầu trang",
    "Next article",
    "Bài tiếp theo",
    "Đăng nhập",
    "Loading...",
    "Hotline: 0901 234 567",
    "Liên hệ quảng cáo: 0901 234 567",
    "Reading time: 3 minutes",
    "Thời gian đọc: 3 phút",
    "Posted on March 3, 2027 by admin",
    "Watch: Ministers meet in Sample City",
    // follow prompts, ad slots, stamps, wire furniture
    "Theo dõi Báo Thử Nghiệm trên Google News",
    "Advertisement",
    "5 min read",
    "Cập nhật: 10:30 12/05/2025",
    "Updated May 12, 2025 10:30 GMT+7",
    "Our Standards: The Sample Trust Principles.",
    "Get a look at the day ahead in Asian markets with our morning newsletter. Sign up here.",
    "Purchase Licensing Rights, opens new tab",
    "Item 1 of 3 Delegations pose for a photo before the talks in Hanoi",
    "[1/2] Delegations pose for a photo before the talks in Hanoi",
  ];
  it.each(chrome)("drops %j", (line) => {
    expect(isChromeLine(line)).toBe(true);
    expect(capture(BODY_VI[0]!, line, BODY_VI[1]!).body).toBe(BODY_VI.join("\n\n"));
  });

  const body = [
    // body sentences that mention comments, sharing, cookies, newsletters, printing, copyright
    "Chia sẻ quan điểm về chính sách thương mại mới của Hoa Kỳ, ông Greer cho biết hai bên cần thêm thời gian.",
    "Bộ trưởng chia sẻ rằng các doanh nghiệp đã gửi nhiều bình luận về dự thảo quy tắc xuất xứ.",
    "Ông cho biết sẽ in và gửi bản dự thảo cho các hiệp hội trước ngày 20/7.",
    "The ministry received 40 comments on the draft rules, and will share a summary with exporters.",
    "Exporters of cookies and biscuits said the 20% tariff would hurt their margins.",
    "The agency said it would email the list to importers and print it in the official gazette.",
    "Reporters were told the copyright chapter was closed, with all rights reserved to each side's courts.",
    "Theo Bộ Công Thương, sau vòng 5, hai bên đã thống nhất khoảng 90% nội dung dự thảo.",
    "Việt Nam – Hoa Kỳ – Nhật Bản: ba bên họp về chuỗi cung ứng",
    "Thu hẹp khác biệt về 9/15 chương sau vòng đàm phán thứ ba",
    "Subscribers to the service will get the tariff list first, the agency said.",
    "Updated figures show exports to the US rose 28% in 2025, the ministry said.",
    "Published data show 13 of 15 chapters closed by 20/11",
    "Theo dõi diễn biến trên Facebook, nhiều doanh nghiệp cho biết họ đang chờ danh mục mặt hàng.",
    "Advertisement spending by exporters rose sharply after the tariff announcement.",
    "Tags on imported goods must show the country of origin, the agency said.",
    "Từ khóa của vòng đàm phán này là: minh bạch, linh hoạt và cùng có lợi.",
    "Topics: the rules of origin chapter and the digital trade chapter remain open",
    "Home appliance makers expect orders to recover after the tariff cut.",
    "Distributed by the ministry to every exporter, the list names 97 tariff lines.",
    "By the end of 2026, exporters expect the tariff to fall to 16%.",
    "By sector",
    "Exporters said they would share the new rules with their buyers on Facebook and via email.",
    "Doanh nghiệp nhận thông tin về danh mục hàng miễn thuế qua email từ Bộ Công Thương vào tối qua.",
    "Hai bên ký biên bản ghi nhớ về hợp tác hải quan (Điều 12)",
    "Hà Nội | Washington",
    "Đang có 12/15 chương được thống nhất",
    "Search for new export markets intensified after the tariff cut, exporters said.",
    // rows of figures are data, whatever their separators
    "| Tôm | 46% | 20% |",
    "Tôm · 46% · 20% · 0%",
  ];
  it.each(body)("keeps the body sentence %j", (line) => {
    expect(isChromeLine(line)).toBe(false);
    expect(capture(BODY_EN[0]!, line, BODY_EN[1]!).body).toBe([BODY_EN[0], line, BODY_EN[1]].join("\n\n"));
  });
});

describe("headings of footer and related-headline blocks", () => {
  it("knows the headings in both languages, with or without colon, case or diacritics", () => {
    for (const heading of [
      "Tin liên quan",
      "TIN LIÊN QUAN:",
      "Đọc thêm:",
      "Tin mới nhất",
      "Co the ban quan tam",
      "Related stories",
      "Most read",
      "More from Sample Herald",
      "You may also like",
    ]) {
      expect(isListHeading(heading), heading).toBe(true);
    }
    for (const heading of ["Bình luận", "Ý kiến bạn đọc", "Từ khóa:", "Comments", "Tags"]) expect(isEndHeading(heading), heading).toBe(true);
    for (const line of ["Tin liên quan đến vòng đàm phán thứ ba được công bố chiều nay.", "Related talks will follow in May.", "Bình luận của chuyên gia"]) {
      expect(isListHeading(line) || isEndHeading(line), line).toBe(false);
    }
  });

  it("drops a trailing related list and everything after it, in Vietnamese", () => {
    const cleaned = capture(...BODY_VI, "Tin liên quan:", "- Giá vàng hôm nay tăng mạnh", "- Lãi suất tiết kiệm giữ nguyên", "Bình luận (3) | Chia sẻ");
    expect(cleaned.body).toBe(BODY_VI.join("\n\n"));
  });

  it("drops a trailing 'Related stories' list and the cookie banner under it, in English", () => {
    const cleaned = capture(
      ...BODY_EN,
      "Related stories",
      "- Shrimp exporters eye new markets",
      "- Metro line carries record passengers",
      "We use cookies to improve your experience. By continuing you accept our cookie policy.",
    );
    expect(cleaned.body).toBe(BODY_EN.join("\n\n"));
  });

  it("skips a box of related headlines inside the body and keeps the paragraphs after it", () => {
    const after = [
      "Theo lịch trình, vòng đàm phán tiếp theo sẽ diễn ra tại Washington vào giữa tháng 8 năm nay.",
      "Các hiệp hội ngành hàng được mời góp ý cho danh mục mặt hàng trước ngày 30 tháng 7.",
    ];
    const cleaned = capture(BODY_VI[0]!, "TIN LIÊN QUAN", "Giá cà phê hôm nay tăng tiếp", "Xuất khẩu gạo tháng 6 đạt kỷ lục", BODY_VI[1]!, ...after);
    expect(cleaned.body).toBe([BODY_VI[0], BODY_VI[1], ...after].join("\n\n"));
  });

  it("drops trailing lists under other headings of the kind, in both languages, with the share bar between them", () => {
    const vi = capture(...BODY_VI, "Bài viết khác", "- Giá tiêu hôm nay tăng nhẹ", "- Vòng đàm phán thứ 20 dự kiến tại thành phố Mẫu");
    expect(vi.body).toBe(BODY_VI.join("\n\n"));
    const en = capture(
      ...BODY_EN,
      "Share on X · Share on LinkedIn · Email this article",
      "Most shared",
      "- Round 20 of the talks set for Sample City, sources say",
      "- Sample port handles record container volumes",
      "More in Markets",
      "- Sample currency steadies after rate decision",
    );
    expect(en.body).toBe(BODY_EN.join("\n\n"));
  });

  it("ends the body at a tag line and drops the list under it; a tag line above the body is only dropped", () => {
    for (const line of [
      "Tags: thuế đối ứng, cà phê, hạt điều",
      "Từ khóa: đàm phán thương mại",
      "Chuyên mục: Kinh tế",
      "Topics: Trade | Vietnam | Tariffs",
      "Filed under: Trade, Vietnam",
      "Related topics: tariffs, Vietnam",
    ]) {
      expect(isChromeLine(line), line).toBe(true);
      expect(capture(...BODY_EN, line, "Sample headline of another report on round 20").body).toBe(BODY_EN.join("\n\n"));
    }
    const after = capture(...BODY_EN, "Tags: tariffs, Vietnam, executive order", "Related:", "- Sample Ministers meet on round 20");
    expect(after.body).toBe(BODY_EN.join("\n\n"));
    const above = capture("Tiêu đề mẫu về vòng đàm phán thứ hai", "Thẻ: đàm phán, thuế đối ứng", ...BODY_VI);
    expect(above.headline).toBe("Tiêu đề mẫu về vòng đàm phán thứ hai");
    expect(above.body).toBe(BODY_VI.join("\n\n"));
  });

  it("skips a latest-news list above the body, and a related box inside it, whose headlines end in a date stamp", () => {
    const dated = "Phiên đàm phán cấp Bộ trưởng lần thứ 20 bị hoãn vì lý do lịch trình tại thành phố Mẫu (15/10/2026)";
    const above = capture("Tiêu đề mẫu về vòng đàm phán thứ hai", "Tin mới nhất", `- ${dated}`, "- Giá vàng hôm nay giảm nhẹ (15/10/2026)", ...BODY_VI);
    expect(above.body).toBe(BODY_VI.join("\n\n"));
    const after = "Theo lịch trình, vòng đàm phán tiếp theo sẽ diễn ra tại Washington vào giữa tháng 8 năm nay.";
    const inside = capture(BODY_VI[0]!, "Tin liên quan", dated, BODY_VI[1]!, after);
    expect(inside.body).toBe([BODY_VI[0], BODY_VI[1], after].join("\n\n"));
    const en = capture(
      BODY_EN[0]!,
      "Related stories",
      "Round 20 of the talks postponed as ministers' schedules clash in Sample City (Oct 15)",
      ...BODY_EN.slice(1),
      after,
    );
    expect(en.body).toBe([BODY_EN[0], BODY_EN[1], after].join("\n\n"));
  });

  it("drops other stories' headlines after a share bar that follows the last sentence, with no heading over them", () => {
    const vi = capture(...BODY_VI, "Chia sẻ Facebook | Zalo | In bài", "Vòng đàm phán thứ 20 dự kiến tổ chức tại thành phố Mẫu", "Giá tiêu hôm nay tăng nhẹ");
    expect(vi.body).toBe(BODY_VI.join("\n\n"));
    const en = capture(...BODY_EN, "Share · Tweet · Email", "Round 20 of the talks set for Sample City, sources say");
    expect(en.body).toBe(BODY_EN.join("\n\n"));
    // A share bar above the last sentence is not the page's end: an unpunctuated last line after that sentence stays.
    const last = "Talks resume in August in Sample City";
    expect(capture(BODY_EN[0]!, "Share · Tweet · Email", BODY_EN[1]!, last).body).toBe([BODY_EN[0], BODY_EN[1], last].join("\n\n"));
  });

  it("drops a newsletter box after the body, in both languages", () => {
    const en = capture(
      ...BODY_EN,
      "Newsletter",
      "Get the day's top trade stories in your inbox every morning.",
      "Enter your email address",
      "By signing up, you agree to our privacy policy.",
      "Subscribe",
    );
    expect(en.body).toBe(BODY_EN.join("\n\n"));
    const vi = capture(...BODY_VI, "Bản tin", "Nhận tin tức thương mại mới nhất qua email mỗi sáng.", "Nhập email của bạn", "Đăng ký");
    expect(vi.body).toBe(BODY_VI.join("\n\n"));
  });

  it("treats a related list whose headlines alternate with teasers as the footer, not a box", () => {
    const cleaned = capture(
      ...BODY_VI,
      "Tin liên quan",
      "Doanh nghiệp dệt may tìm thị trường mới",
      "Nhiều doanh nghiệp dệt may cho biết đơn hàng quý III đã tăng trở lại sau nhiều tháng sụt giảm liên tiếp...",
      "Giá xăng dầu kỳ điều hành chiều nay",
      "Liên Bộ Công Thương - Tài chính quyết định điều chỉnh giá bán lẻ xăng dầu theo xu hướng thế giới.",
    );
    expect(cleaned.body).toBe(BODY_VI.join("\n\n"));
  });
});

describe("comment sections and furniture above the body", () => {
  it("ends the body at a comment heading with its count, and drops the readers' comments under it", () => {
    const vi = capture(
      ...BODY_VI,
      "Ý kiến (12)",
      "Tôi nghĩ hai bên nên sớm ký kết hiệp định này để doanh nghiệp yên tâm.",
      "Mong rằng hàng nông sản sẽ được giảm thuế nhiều hơn nữa.",
    );
    expect(vi.body).toBe(BODY_VI.join("\n\n"));
    const en = capture(...BODY_EN, "Comments (3)", "Finally some real progress on the agreement, and about time too.");
    expect(en.body).toBe(BODY_EN.join("\n\n"));
  });

  it("drops a comment counter and a latest-news list above the first sentence instead of cutting the article", () => {
    const cleaned = capture(
      "Tiêu đề mẫu về vòng đàm phán thứ hai",
      "Bình luận (3)",
      "Tin mới nhất",
      "- Giá vàng hôm nay tăng mạnh",
      "- Lãi suất tiết kiệm giữ nguyên",
      ...BODY_VI,
    );
    expect(cleaned.headline).toBe("Tiêu đề mẫu về vòng đàm phán thứ hai");
    expect(cleaned.body).toBe(BODY_VI.join("\n\n"));
  });

  it("takes the headline under a cookie banner as the title, instead of the banner, and keeps it out of the body", () => {
    const cleaned = capture("Trang web này sử dụng cookie để cải thiện trải nghiệm. Đồng ý | Tùy chỉnh", "Tiêu đề mẫu về vòng đàm phán thứ hai", ...BODY_VI);
    expect(cleaned.headline).toBe("Tiêu đề mẫu về vòng đàm phán thứ hai");
    expect(cleaned.body).toBe(BODY_VI.join("\n\n"));
  });

  it("drops the writer's signature in capitals after the last paragraph", () => {
    expect(capture(...BODY_VI, "NGỌC MẪU").body).toBe(BODY_VI.join("\n\n"));
  });
});

describe("bylines, credits and mastheads around the body", () => {
  it("reads a dated byline that names its outlet or writer, and drops it", () => {
    const vi = capture("Trang chủ | Kinh tế | Doanh nghiệp", "Tiêu đề mẫu về vòng đàm phán thứ hai", "Nhịp Mẫu – 24/10/2025", ...BODY_VI);
    expect(vi.headline).toBe("Tiêu đề mẫu về vòng đàm phán thứ hai");
    expect(vi.bylineDate).toBe("24/10/2025");
    expect(vi.body).toBe(BODY_VI.join("\n\n"));
    const en = capture("SAMPLE TARIFF MONITOR", "Sample headline about the second round of talks", "By staff reporters | August 27, 2025", ...BODY_EN);
    expect(en.headline).toBe("Sample headline about the second round of talks");
    expect(en.bylineDate).toBe("August 27, 2025");
    expect(en.body).toBe(BODY_EN.join("\n\n"));
  });

  it("keeps a syndication credit out of the body and records the outlet it names", () => {
    const cleaned = capture(...BODY_EN, "This article first appeared in Sample Trade Review.");
    expect(cleaned.body).toBe(BODY_EN.join("\n\n"));
    expect(cleaned.attribution).toBe("Sample Trade Review");
  });

  it.each([
    ["This story was first published by Sample Business Wire and is republished with permission.", "Sample Business Wire"],
    ["Republished with permission from Sample Trade Review.", "Sample Trade Review"],
    ["Distributed by the Sample Ledger wire", "Sample Ledger"],
    ["By Sample Ledger staff | Distributed by the Sample Ledger wire", "Sample Ledger"],
    ["Bài viết được đăng lại với sự cho phép của Báo Thử Nghiệm.", "Báo Thử Nghiệm"],
    ["Bài đăng lần đầu trên Thời báo Mẫu.", "Thời báo Mẫu"],
    ["(Theo Thời báo Mẫu)", "Thời báo Mẫu"],
    ["(Nguồn: Cổng tin Mẫu)", "Cổng tin Mẫu"],
    ["This article is republished from Sample Review under a Creative Commons license.", "Sample Review"],
  ])("drops the credit %j and records the outlet it names", (line, outlet) => {
    for (const [body, place] of [
      [BODY_EN, "after"],
      [BODY_VI, "before"],
    ] as const) {
      const cleaned = place === "after" ? capture(...body, line) : capture(line, ...body);
      expect(cleaned.body).toBe(body.join("\n\n"));
      expect(cleaned.attribution).toBe(outlet);
    }
  });

  it("drops a byline without a date, alone or beside a date, and keeps the date", () => {
    const en = capture("Sample headline about the second round of talks", "By Jane Sample and John Example", ...BODY_EN);
    expect(en.headline).toBe("Sample headline about the second round of talks");
    expect(en.body).toBe(BODY_EN.join("\n\n"));
    const vi = capture("Tiêu đề mẫu về vòng đàm phán thứ hai", "Bài và ảnh: Minh Mẫu · 12/05/2027", ...BODY_VI);
    expect(vi.body).toBe(BODY_VI.join("\n\n"));
    expect(vi.bylineDate).toBe("12/05/2027");
  });
});
