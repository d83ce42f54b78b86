/**
 * Which report answers a question about one event, over the synthetic archive J (tests/fixtures/dev-archive-j: digital-trade
 * talks reported on their opening and closing days, with consultations and analyses that recall earlier rounds).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { askChat, sharedRoutes } from "../support/routes";
import { FIXTURES } from "../support/test-index";

const routes = sharedRoutes({}, path.join(FIXTURES, "dev-archive-j"));

describe("POST /api/chat over archive J, offline: the report of the event asked", () => {
  it("quotes the closing report of a round that never numbers it and ends announcing the next one", async () => {
    const { text, status } = await askChat(routes, "ben le vong dam phan o Da Nang doan My gap bao nhieu doanh nghiep cong nghe");
    expect(status).toBe("answered");
    expect(text).toContain("30 doanh nghiệp công nghệ");
  });

  it("reads 'Tại vòng 5, phía Mỹ …' as round 5 and quotes its report's figure", async () => {
    const { text, citations, status } = await askChat(routes, "Tại vòng 5, phía Mỹ đề xuất dữ liệu thanh toán phải lưu trong nước bao lâu?");
    expect(status).toBe("answered");
    expect(text).toContain("12 tháng");
    expect(citations[0]?.docId).toBe("vong-5-tphcm-hoan-tat-9-chuong");
  });

  it("answers a question about 'the session in Da Nang' from the reports of the round held there", async () => {
    const { citations, status } = await askChat(routes, "Việt Nam đã nhượng bộ điều gì trong phiên họp tại Đà Nẵng?");
    expect(status).toBe("answered");
    expect(["quang-da-ket-thuc-vong-3", "da-nang-round-moratorium-deal"]).toContain(citations[0]?.docId);
  });

  it("answers when the first round opened from its own report, not from a later consultation's report that recalls it", async () => {
    const { text, citations, status } = await askChat(routes, "vong dam phan thu nhat khai mac luc nao");
    expect(status).toBe("answered");
    expect(citations[0]?.docId).toBe("vn-us-vong-1-washington-khai-mac");
    expect(text).toContain("Sáng hôm qua theo giờ địa phương");
  });
});
