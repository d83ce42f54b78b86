import { describe, expect, it } from "vitest";
import { findDate, isDateline, parseVietnameseDateTime } from "@/lib/corpus/dates";

describe("dates in Vietnamese text", () => {
  it("reads the long form", () => expect(findDate("Ngày 24 tháng 5 năm 2025, Thủ tướng…")).toBe("2025-05-24"));
  it("reads d/m/yyyy", () => expect(findDate("Tối 23/4/2025, Bộ trưởng…")).toBe("2025-04-23"));
  it("reads a byline date-time", () => expect(parseVietnameseDateTime("Anh Thơ 11/11/2025 23:13")).toBe("2025-11-11T23:13"));
  it("places a date without a year only with a known year", () => {
    expect(findDate("Ngày 13/3, tại trụ sở USTR")).toBeNull();
    expect(findDate("ngày 10/11, tại Washington", 2025)).toBe("2025-11-10");
  });
  it("rejects impossible dates", () => expect(findDate("ngày 31/2/2025")).toBeNull());
});

describe("dates in other forms", () => {
  it("reads ngày d-m with a known year, and d-m-yyyy", () => {
    expect(findDate("Chiều ngày 22-5, hai bên họp", 2025)).toBe("2025-05-22");
    expect(findDate("Hà Nội, 22-5-2025: hai bên họp")).toBe("2025-05-22");
    expect(findDate("vòng 2-3 trong tháng")).toBeNull();
  });
  it("reads English month-name forms", () => {
    expect(findDate("WASHINGTON, May 22, 2025 - Talks")).toBe("2025-05-22");
    expect(findDate("on 22 May 2025 in Hanoi")).toBe("2025-05-22");
    expect(findDate("on Sept. 3 the teams met", 2025)).toBe("2025-09-03");
  });
  it("tells a dateline from a sentence that holds a date", () => {
    expect(isDateline("Thứ tư, 04/02/2026")).toBe(true);
    expect(isDateline("Wednesday, February 4, 2026 - 09:15 GMT+7")).toBe(true);
    expect(isDateline("Ngày 4/2/2026, hai bên họp tại Hà Nội.")).toBe(false);
  });
});
