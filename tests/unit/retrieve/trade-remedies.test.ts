import { describe, expect, it } from "vitest";
import { searchable } from "@/lib/retrieve/coverage";
import { remediesAsked, remedyNamedByNone } from "@/lib/retrieve/trade-remedies";

const CVD_CASE = "Bộ Thương mại Hoa Kỳ ban hành kết luận cuối cùng trong vụ điều tra chống trợ cấp đối với tôm nhập khẩu từ Việt Nam.";
const ROUND = "Vòng đàm phán thứ tư về quy tắc xuất xứ kết thúc tại Washington.";

describe("the kind of trade remedy a question asks about", () => {
  it.each([
    ["My ap thue chong ban pha gia tom cua Viet Nam bao nhieu", ["anti-dumping"]],
    ["What anti-dumping duty did the US set on shrimp?", ["anti-dumping"]],
    ["Mức thuế chống trợ cấp với tôm là bao nhiêu?", ["countervailing"]],
    ["Did the US open a safeguard investigation?", ["safeguard"]],
    ["vong thu tu ve quy tac xuat xu ket thuc o dau", []],
  ])("%s → %j", (question, kinds) => {
    expect(remediesAsked(question)).toEqual(kinds);
  });

  it("is named by none of the passages of a case of another kind", () => {
    expect(remedyNamedByNone("My ap thue chong ban pha gia tom cua Viet Nam bao nhieu", [searchable(CVD_CASE)])).toBe("anti-dumping");
  });

  it("is named by a passage of that case, asked in either language", () => {
    expect(remedyNamedByNone("What countervailing duty did the US set on Vietnamese shrimp?", [searchable(ROUND), searchable(CVD_CASE)])).toBeNull();
  });

  it("is not found in a passage where its folded wording stands for other words ('thứ tư về' is no 'tự vệ')", () => {
    expect(remedyNamedByNone("Mỹ áp biện pháp tự vệ với tôm ra sao?", [searchable(ROUND)])).toBe("safeguard");
  });
});
