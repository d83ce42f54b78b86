/**
 * Who-said and what-was-said questions over the synthetic archives K and L (tests/fixtures/dev-archive-k, -l). K's
 * round-1 opening report names the Vietnamese head's hope in one sentence and quotes what Vietnam does not want in the
 * next; its magnet wire case report says trade lawyers found the timing awkward, then quotes one named after "said"; its
 * report of the minister's Washington visit names the official he met after the trade representative. L's round-5
 * report gives what the Vietnamese head called the LNG commitment after sentences naming her and the round.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

describe.each([
  {
    archive: "dev-archive-k",
    asks: "with its question word a few words after the verb of speech",
    question: "Phát biểu tại vòng 1, bà Lương Khánh Vy nói Việt Nam không muốn làm gì?",
    quote: "Chúng tôi không muốn chỉ là điểm trung chuyển",
  },
  {
    archive: "dev-archive-k",
    asks: "asking which lawyer said something",
    question: "Which trade lawyer in Washington said the timing of the magnet wire investigation was awkward?",
    quote: "said Andrea Pulaski",
  },
  {
    archive: "dev-archive-k",
    asks: "setting aside the official it names first",
    question: "Apart from the US Trade Representative, which US official did Minister Ha Minh Tuan meet in Washington?",
    quote: "Daniel Okafor",
  },
  {
    archive: "dev-archive-l",
    asks: "asking what someone called a thing",
    question: "Bà Đoàn Thị Mỹ Linh gọi cam kết mua khí LNG của Việt Nam là gì?",
    quote: "bước đi có tính toán, không phải ân huệ",
  },
])("POST /api/chat over $archive, offline", ({ archive, asks, question, quote }) => {
  const routes = sharedRoutes({}, path.join(FIXTURES, archive));

  it(`quotes the sentence that answers a question ${asks}`, async () => {
    const { text, status } = await askChat(routes, question);
    expect(status).toBe("answered");
    expect(text).toContain(quote);
  });
});
