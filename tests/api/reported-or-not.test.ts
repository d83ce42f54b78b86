/**
 * Answering what an article reports and refusing what none does, over the synthetic archives H
 * (tests/fixtures/dev-archive-h: an SPS negotiation whose rounds run from March 2030, none in April;
 * the US Department of Agriculture's e-certificates accepted from 1/1/2031; passion fruit let in irradiated;
 * Ta Minh Nguyet chief negotiator after Luu Quang Khai) and I (tests/fixtures/dev-archive-i: textile
 * rules-of-origin talks; a US countervailing-duty case on recycled polyester yarn whose final injury vote
 * is only scheduled, for August 2034; an arrangement the two sides only aim to sign) and J
 * (tests/fixtures/dev-archive-j: digital-trade talks whose sixth round is only announced, for Seattle in June 2038,
 * as is the Trade and Investment Council's 12th meeting, the only one the reports number; three technical consultations,
 * the third in Can Tho) and K (tests/fixtures/dev-archive-k: supply-chain talks; a business forum at which Keystone's
 * chief executive Harlan Brooks spoke; a countervailing-duty case whose injury vote was put off from July to September).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

/** Question, whether the archive reports it, and what the reply says of it. */
type Case = [string, boolean, string];

const ARCHIVE_H: Case[] = [
  // A month in which nothing was reported: the refusal names it.
  ["thang 4/2030 dam phan SPS viet my co dien bien gi", false, "tháng 4/2030"],
  // The month of the first round.
  ["thang 3/2030 dam phan SPS viet my co dien bien gi", true, "11/3/2030"],
  // An agency asked by its acronym, which reports write out ("U.S. Department of Agriculture", "Bộ Nông nghiệp Hoa Kỳ").
  ["Since when does Vietnam accept USDA e-certificates?", true, "1/1/2031"],
  // A treatment, which reports name as what it is (irradiated).
  ["What treatment does the US require for Vietnamese passion fruit?", true, "irradiated"],
  // A change of office asked with a phrasal verb ("took over"), which reports write "replaces", "thay".
  ["Who took over as Vietnam's chief negotiator after Luu Quang Khai retired?", true, "Ta Minh Nguyet"],
  // A person typed in lower case without diacritics: one no report names is refused, one it names is answered.
  ["ong do van thanh phat bieu gi ve thoa thuan SPS", false, "không đề cập"],
  ["ba ta minh nguyet duoc bo nhiem thu truong ngay nao", true, "6/1/2031"],
  // A commission's final vote the reports give only as expected ("is expected to vote … in early January 2031").
  ["How did the ITC vote in its final injury determination on coconut milk?", false, "only as planned or possible"],
];

const ARCHIVE_I: Case[] = [
  // A vote the reports say exporters "await" and the commission "is scheduled" to hold.
  ["How did the commission vote in its final injury determination on the recycled yarn?", false, "only as planned or possible"],
  // The same vote asked in Vietnamese as a plan ("khi nào" before the verb): its scheduled month is the answer.
  ["Khi nào ITC bỏ phiếu cuối cùng về thiệt hại đối với sợi tái chế?", true, "8/2034"],
  // A signing asked as done ("đã ký") of a text about textiles ("dệt may" holds no English "may").
  ["hai ben da ky thoa thuan quy tac xuat xu det may ngay nao", false, "chỉ nói đến như dự kiến"],
  // An office no report names, asked in lower case and capitalised: the talks' passages quote other people.
  ["What did the Vietnamese prime minister say about the textile negotiations?", false, "do not cover this"],
  ["What did the Commerce Secretary say about the yarn-forward rule?", false, "do not cover this"],
  ["Thủ tướng nói gì về quy tắc từ sợi trở đi?", false, "không đề cập"],
  // An anti-dumping duty over an archive whose only trade-remedy case is a countervailing one; that one is answered.
  ["muc thue chong ban pha gia cuoi cung voi soi tai che la bao nhieu", false, "không đề cập"],
  ["muc thue chong tro cap cuoi cung voi soi tai che la bao nhieu", true, "chống trợ cấp"],
  // A decree signed on April 14 that a report gives as the quota's other news ("Vietnam will allow … under a quota created
  // by Decree 41/2034/ND-CP, signed on April 14"): the plan is the quota's, the signing is done.
  ["When was the decree on the US yarn quota signed?", true, "April 14"],
];

const ARCHIVE_J: Case[] = [
  // A sixth round the reports only announce (Seattle, June 2038): what it decided is not reported, where it is to be held is.
  ["What did the negotiators decide at the sixth round?", false, "reported only as planned"],
  ["Where will the sixth round of talks take place?", true, "Seattle"],
  // What stands of it now is its plan.
  ["What is the latest on the sixth round of talks?", true, "Seattle"],
  // A council meeting numbered 11 when the reports number only the 12th (planned): "lần thứ 11" after the council's name is its number.
  ["Hội đồng Thương mại và Đầu tư lần thứ 11 họp ở đâu?", false, "Phiên họp thứ 11 của Hội đồng"],
  // Helen Marsh led the US experts at the Hanoi and Honolulu consultations; the Can Tho reports name someone else.
  ["What did Helen Marsh tell reporters during the Can Tho consultation?", false, "Helen Marsh at Consultation round 3"],
  ["What did Helen Marsh say at the Honolulu consultation?", true, "Honolulu"],
  // The agreement is only expected to be signed; the forum's "14 thỏa thuận hợp tác" signed there are other texts.
  ["On what date did the two countries sign the digital trade agreement?", false, "only as planned or possible"],
  // Answered only by a Vietnamese report ("được điều động … tại Geneva"), in the words of who is posted where.
  ["Where was Doan Quoc Viet posted when he left the negotiating team?", true, "Geneva"],
];

const ARCHIVE_K: Case[] = [
  // A company head asked as its "CEO", which no report writes: the English report calls him its chief executive.
  ["CEO của Keystone phát biểu gì tại diễn đàn doanh nghiệp?", true, "Harlan Brooks"],
  // The latest on a vote the reports give only as scheduled, then put off: its postponement is the answer.
  ["What's the latest on the trade commission's injury vote on magnet wire?", true, "September"],
  // The trade commission's injury decision, which no report gives (the Commerce Department's final determination is another body's).
  ["ITC kết luận ra sao về thiệt hại đối với dây đồng tráng men?", false, "chỉ nói đến như dự kiến"],
  // A plant the reports say was announced, with jobs it is expected to create: no report says it started operating.
  ["Nhà máy của Keystone ở Bắc Giang đi vào hoạt động từ khi nào?", false, "đi vào hoạt động đã diễn ra"],
];

for (const [archive, cases] of [
  ["h", ARCHIVE_H],
  ["i", ARCHIVE_I],
  ["j", ARCHIVE_J],
  ["k", ARCHIVE_K],
] as const) {
  describe(`POST /api/chat over archive ${archive.toUpperCase()}`, () => {
    const routes = sharedRoutes({}, path.join(FIXTURES, `dev-archive-${archive}`));
    it.each(cases)("%s (reported: %s)", async (question, reported, said) => {
      const { text, citations, status } = await askChat(routes, question);
      expect(status).toBe(reported ? "answered" : "no_answer");
      expect(citations.length > 0).toBe(reported);
      expect(text).toContain(said);
    });
  });
}
