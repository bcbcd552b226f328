#!/usr/bin/env python3
"""Writes the template test corpus: valid/ (files TemplateReader accepts, in TemplateWriter's exact
layout so that they double as golden files) and broken/ (files it must refuse; the expected JSON
pointer and message of each are in tests/core/exchange/TestTemplateReader.cpp). Run it from this
folder after changing the format; the files are committed, so the tests do not need Python."""
import copy
import io
import json
import zipfile

FORMAT = "plandesk-template"


def dump(value):
    # TemplateWriter's layout: two spaces, non-ASCII as is, a final line break.
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write(path, data):
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def section(key, title, body, children=None):
    s = {"key": key, "title": title, "body": body}
    if children:
        s["children"] = children
    return s


PLAN = {
    "format": FORMAT,
    "schema_version": 1,
    "template": {
        "id": "org.example.test.small-plan",
        "version": 1,
        "kind": "plan",
        "language": "zh_CN",
        "title": "勒索软件事件专项应急预案（测试模板）",
        "description": "用于测试的小型专项预案模板。",
        "author": "测试组",
        "organisation": "",
        "created": "2026-11-24",
        "source": "《国家网络安全事件应急预案》（2017）",
    },
    "plan": {
        "plan_kind": "special",
        "scenario": "勒索软件事件",
        "operator_profile": "ordinary",
        "sections": [
            section("general", "总则", "", [
                section("general.purpose", "编制目的", "为规范{{organisation}}勒索软件事件的应急处置工作，制定本预案。"),
                section("general.scope", "适用范围", "本预案适用于{{organisation}}。\n第二行。"),
            ]),
            section("response", "应急处置", "发现后立即隔离。", [
                section("response.isolation", "隔离遏制", "断开受感染主机的网络连接。", [
                    section("", "自定义小节", "由用户添加的小节。"),
                ]),
            ]),
            section("", "附则", "本预案自发布之日起施行。"),
        ],
        "categories": [
            {"code": "MPI", "name": "恶意程序事件", "description": "勒索软件属于恶意程序事件。"},
        ],
        "levels": [
            {"code": "I", "name": "特别重大", "warning_colour": "红色", "colour_hex": "#C00000",
             "criteria": "核心业务全部中断。", "response": "领导小组组长指挥。"},
            {"code": "IV", "name": "一般", "warning_colour": "蓝色", "colour_hex": "#1565C0",
             "criteria": "个别终端感染。", "response": "技术支撑组处置。"},
        ],
        "reporting_steps": [
            {"authority": "属地省级网信部门", "deadline_minutes": 240, "condition": "较大及以上事件",
             "channel": "电话和书面报告", "content": "事件基本情况"},
        ],
        "roles": [
            {"team": "leading", "role": "组长", "duties": "统一领导应急处置工作。"},
            {"team": "technical", "role": "技术负责人", "duties": "组织技术处置。"},
        ],
    },
}

DRILL = {
    "format": FORMAT,
    "schema_version": 1,
    "template": {
        "id": "org.example.test.small-drill",
        "version": 3,
        "kind": "drill_scenario",
        "language": "en",
        "title": "Ransomware tabletop exercise (test)",
        "description": "A small drill scenario for the tests.",
        "author": "Test team",
        "organisation": "Example Co.",
        "created": "2026-01-31",
        "source": "GB/T 38645-2020",
    },
    "drill_scenario": {
        "title": "Ransomware tabletop exercise",
        "purpose": "Practise isolation and reporting.",
        "form": "tabletop",
        "content": "special",
        "scope": "organisation",
        "scenario": "Files on the shared drive are encrypted at 09:00.",
        "duration_minutes": 180,
        "process": "Briefing, three injects, debriefing.",
        "objectives": ["Isolate within 30 minutes", "Report within 4 hours"],
        "injects": [
            {"offset_minutes": 0, "description": "Help desk receives three calls.", "expected_action": "Open an incident."},
            {"offset_minutes": 45, "description": "Ransom note found.", "expected_action": "Preserve evidence; no payment."},
        ],
        "evaluation_criteria": ["Time to isolation", "Completeness of the report"],
        "teams": [
            {"team": "leading", "unit": "Emergency leading group", "role": "Leader", "duty": "Decides."},
            {"team": "evaluation", "unit": "Internal audit", "role": "Evaluator", "duty": "Judges the objectives."},
        ],
    },
}

MARKUP = "<script>alert('x')</script><b>bold</b> &amp; <img src=\"file:///etc/passwd\"> {{organisation}}"


def markup_everywhere(value):
    """Every text field of a template (not keys, enums or ids) becomes markup."""
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k in ("format", "id", "kind", "language", "created", "plan_kind", "operator_profile",
                     "team", "form", "scope", "colour_hex") and isinstance(v, str):
                out[k] = v
            elif k == "content" and v in ("comprehensive", "special"):  # the drill's enum, not a report's text
                out[k] = v
            else:
                out[k] = markup_everywhere(v)
        return out
    if isinstance(value, list):
        return [markup_everywhere(v) for v in value]
    if isinstance(value, str):
        return MARKUP + " " + value
    return value


# --- valid/ -------------------------------------------------------------------------------------
write("valid/small-plan.json", dump(PLAN))
write("valid/small-drill.json", dump(DRILL))
write("valid/markup-everywhere.json", dump(markup_everywhere(PLAN)))
write("valid/markup-everywhere-drill.json", dump(markup_everywhere(DRILL)))

unknown = copy.deepcopy(PLAN)
unknown["template"]["id"] = "org.example.test.unknown-fields"
unknown["template"]["licence"] = "CC-BY-4.0"
unknown["plan"]["sections"][1]["children"][0]["review_cycle"] = {"months": 12, "owner": "office"}
unknown["plan"]["levels"][0]["icon"] = "red-alert"
unknown["signature"] = {"algorithm": "none", "values": [1, 2.5, True, None]}
write("valid/unknown-fields.json", dump(unknown))

# Not in the writer's layout: minimal, with a UTF-8 byte order mark, CRLF and optional parts absent.
minimal = ('\ufeff{\r\n"schema_version":1,"format":"plandesk-template",\r\n'
           '"template":{"id":"min","version":1,"kind":"plan","language":"en","title":"Minimal","description":null},'
           '"plan":{}}\r\n')
write("valid/minimal-with-bom.json", minimal.encode("utf-8"))

# --- broken/ ------------------------------------------------------------------------------------
plan_bytes = dump(PLAN)
cut = plan_bytes.index("断开受感染主机".encode("utf-8"))
write("broken/truncated.json", plan_bytes[:cut + 6])
write("broken/not-json.txt", "Meeting notes, 3 March\n- review the plan\n- drill in May\n")
write("broken/html.json", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>\n")
write("broken/empty.json", "")
write("broken/whitespace-only.json", "  \n\t\n")
write("broken/array-root.json", "[\n  1,\n  2\n]\n")
write("broken/trailing-comma.json", '{"format": "plandesk-template", "schema_version": 1,}\n')
write("broken/comment.json", '// a template\n{"format": "plandesk-template"}\n')
write("broken/trailing-garbage.json", dump(PLAN) + b"}\n")

wrong = copy.deepcopy(PLAN)
wrong["template"]["title"] = 42
wrong["template"]["version"] = "1"
wrong["plan"]["sections"] = {"key": "general"}
wrong["plan"]["levels"][1]["criteria"] = ["not", "text"]
wrong["plan"]["reporting_steps"][0]["deadline_minutes"] = 2.5
wrong["plan"]["roles"][0] = "组长"
write("broken/wrong-types.json", dump(wrong))

future = copy.deepcopy(PLAN)
future["schema_version"] = 7
future["plan"]["new_thing"] = {"only": "version 7 knows"}
write("broken/future-version.json", dump(future))
old = copy.deepcopy(PLAN)
old["schema_version"] = 0
write("broken/version-zero.json", dump(old))
textversion = copy.deepcopy(PLAN)
textversion["schema_version"] = "1.0"
write("broken/version-as-text.json", dump(textversion))
other = copy.deepcopy(PLAN)
other["format"] = "plandesk-plan"
write("broken/unknown-format.json", dump(other))
noformat = copy.deepcopy(PLAN)
del noformat["format"]
write("broken/no-format.json", dump(noformat))
write("broken/someone-elses-json.json", '{"name": "my-package", "version": "1.0.0", "dependencies": {}}\n')

dup = dump(PLAN).decode("utf-8")
dup = dup.replace('"title": "勒索软件事件专项应急预案（测试模板）",',
                  '"title": "勒索软件事件专项应急预案（测试模板）",\n    "title": "另一个标题",', 1)
dup = dup.replace('"code": "IV",', '"code": "IV",\n        "code": "V",', 1)
write("broken/duplicate-keys.json", dup)

huge = copy.deepcopy(PLAN)
huge["plan"]["sections"][0]["body"] = "很" * 25000
write("broken/huge-string.json", dump(huge))
longtitle = copy.deepcopy(PLAN)
longtitle["template"]["title"] = "T" * 201
write("broken/long-title.json", dump(longtitle))
longdesc = copy.deepcopy(PLAN)
longdesc["template"]["description"] = "d" * 4001
write("broken/long-description.json", dump(longdesc))

deep = copy.deepcopy(PLAN)
nested = "leaf"
for _ in range(40):
    nested = [nested]
deep["extra"] = nested
write("broken/deep-nesting.json", dump(deep))
write("broken/deep-nesting-bomb.json", "[" * 100000)

deepsections = copy.deepcopy(PLAN)
node = section("", "第七层", "")
for level in range(6, 0, -1):
    node = section("", "第%d层" % level, "", [node])
deepsections["plan"]["sections"] = [node]
write("broken/deep-sections.json", dump(deepsections))

bad_utf8 = dump(PLAN).replace("测试组".encode("utf-8"), "测".encode("utf-8") + b"\xe8\xaf" + "组".encode("utf-8"))
write("broken/invalid-utf8.json", bad_utf8)
write("broken/latin1.json", dump(PLAN).replace("测试组".encode("utf-8"), "Müller".encode("latin-1")))
write("broken/overlong-utf8.json", dump(PLAN).replace(b'"author": "', b'"author": "\xc0\xaf'))
write("broken/utf16.json", dump(PLAN).decode("utf-8").encode("utf-16"))
write("broken/lone-surrogate.json", dump(PLAN).replace("测试组".encode("utf-8"), b"\\ud800x"))
write("broken/control-character.json", dump(PLAN).replace("测试组".encode("utf-8"), b"bell\\u0007"))
write("broken/raw-control-character.json", dump(PLAN).replace("测试组".encode("utf-8"), b"tab\x01here"))
write("broken/nul-escape.json", dump(PLAN).replace("测试组".encode("utf-8"), b"nul\\u0000"))

kind = copy.deepcopy(PLAN)
kind["drill_scenario"] = DRILL["drill_scenario"]
del kind["plan"]
write("broken/kind-mismatch.json", dump(kind))
both = copy.deepcopy(PLAN)
both["drill_scenario"] = DRILL["drill_scenario"]
write("broken/both-parts.json", dump(both))
badkind = copy.deepcopy(PLAN)
badkind["template"]["kind"] = "checklist"
write("broken/unknown-kind.json", dump(badkind))

badid = copy.deepcopy(PLAN)
badid["template"]["id"] = "my template/../1"
write("broken/bad-id.json", dump(badid))
notitle = copy.deepcopy(PLAN)
del notitle["template"]["title"]
write("broken/missing-title.json", dump(notitle))
emptytitle = copy.deepcopy(DRILL)
emptytitle["drill_scenario"]["title"] = "  "
write("broken/empty-drill-title.json", dump(emptytitle))
badlang = copy.deepcopy(PLAN)
badlang["template"]["language"] = "fr"
write("broken/bad-language.json", dump(badlang))
baddate = copy.deepcopy(PLAN)
baddate["template"]["created"] = "24.11.2026"
write("broken/bad-date.json", dump(baddate))
badversion = copy.deepcopy(PLAN)
badversion["template"]["version"] = 0
write("broken/template-version-zero.json", dump(badversion))
badenum = copy.deepcopy(DRILL)
badenum["drill_scenario"]["form"] = "zoom"
write("broken/bad-enum.json", dump(badenum))
badteam = copy.deepcopy(PLAN)
badteam["plan"]["roles"][1]["team"] = "board"
write("broken/bad-team.json", dump(badteam))
baddur = copy.deepcopy(DRILL)
baddur["drill_scenario"]["duration_minutes"] = -5
write("broken/negative-duration.json", dump(baddur))
hugenum = copy.deepcopy(DRILL)
write("broken/huge-number.json", dump(hugenum).replace(b'"duration_minutes": 180', b'"duration_minutes": 1e999'))
badcolour = copy.deepcopy(PLAN)
badcolour["plan"]["levels"][0]["colour_hex"] = "red; background:url(file:///etc/passwd)"
write("broken/bad-colour.json", dump(badcolour))
noscenario = copy.deepcopy(PLAN)
noscenario["plan"]["scenario"] = ""
write("broken/special-without-scenario.json", dump(noscenario))
many = copy.deepcopy(DRILL)
many["drill_scenario"]["objectives"] = ["objective %d" % i for i in range(1001)]
write("broken/too-many-items.json", dump(many))
untitled = copy.deepcopy(PLAN)
del untitled["plan"]["sections"][1]["children"][0]["title"]
write("broken/section-without-title.json", dump(untitled))

buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
    entry = zipfile.ZipInfo("template.json", date_time=(2026, 11, 24, 12, 0, 0))  # reproducible bytes
    entry.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(entry, dump(PLAN))
write("broken/really-a-zip.json", buffer.getvalue())


def minimal_pdf():
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               None,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    stream = b"BT /F1 12 Tf 20 50 Td (Not a template) Tj ET"
    objects[3] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


write("broken/really-a-pdf.json", minimal_pdf())
# broken/really-a-png.json is tests/data/storage/not-a-database.png; broken/really-a-jpeg.json was made
# with ImageMagick: convert -size 8x8 xc:red jpeg:broken/really-a-jpeg.json
