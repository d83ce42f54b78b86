import { describe, expect, it } from "vitest";
import { findDate, parseVietnameseDateTime } from "@/lib/corpus/dates";

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
