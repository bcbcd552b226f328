#pragma once

// The constants of the template exchange format, schema_version 1 (docs/template-format.md). The
// reader, the writer, the exporter and the documentation all follow these numbers.
namespace TemplateFormat {

inline constexpr char kFormatMarker[] = "plandesk-template";
inline constexpr int kSchemaVersion = 1;

// Checked before the file is parsed, so a huge or deeply nested file costs nothing.
inline constexpr long long kMaximumFileBytes = 2 * 1024 * 1024;
inline constexpr int kMaximumJsonDepth = 32;

// Checked on the parsed data; lengths count UTF-16 code units, as QString does.
inline constexpr int kMaximumTextLength = 20000;
inline constexpr int kMaximumTitleLength = 200;
inline constexpr int kMaximumDescriptionLength = 4000;
inline constexpr int kMaximumListItems = 1000;
inline constexpr int kMaximumSectionDepth = 6;
inline constexpr int kMinimumIdLength = 3;
inline constexpr int kMaximumIdLength = 200;
// A drill lasts at most a week; reporting deadlines and inject offsets stay within a year.
inline constexpr int kMaximumDrillMinutes = 7 * 24 * 60;
inline constexpr int kMaximumOffsetMinutes = 366 * 24 * 60;

// The placeholder that stands for the organisation's name in a template's text.
inline constexpr char kOrganisationPlaceholder[] = "{{organisation}}";
// Markers the exporter leaves where it removed personal data; nothing fills them in.
inline constexpr char kNamePlaceholder[] = "{{name}}";
inline constexpr char kPhonePlaceholder[] = "{{phone}}";
inline constexpr char kEmailPlaceholder[] = "{{email}}";

} // namespace TemplateFormat
