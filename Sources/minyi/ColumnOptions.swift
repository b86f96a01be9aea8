import ArgumentParser
import MinyiIO

/// Which column (csv, tsv, xlsx) or key (jsonl) holds each part of a record; unset parts are found by
/// their common names (`text`, `内容`, `id`, `编号`, `title`, `标题` …).
struct ColumnOptions: ParsableArguments {
    @Option(name: [.customLong("text-column"), .customLong("text-field")], help: "Column or JSON key of the text.")
    var text: String?

    @Option(name: [.customLong("id-column"), .customLong("id-field")], help: "Column or JSON key of the record id (default: file:line).")
    var id: String?

    @Option(name: [.customLong("title-column"), .customLong("title-field")], help: "Column or JSON key of the title.")
    var title: String?

    func selection(label: String? = nil) -> ColumnSelection {
        ColumnSelection(text: text, id: id, title: title, label: label)
    }
}
