import MinyiText

/// A self-contained HTML digest (inline CSS, no scripts or network): the Markdown digest's content
/// as a page.
public enum SpeechHTML {
    public static func render(_ speeches: [Speech], comparisons: [[Int: ConcernComparison]]? = nil) -> String {
        var body = ""
        for (number, speech) in speeches.enumerated() {
            body += "<h1>\(htmlEscaped(speech.title ?? speech.file))</h1>\n<p class=\"meta\">\(htmlEscaped(speech.file)) · \(speech.sections.count) sections · \(speech.figures.count) figures</p>\n"
            for (index, section) in speech.sections.enumerated() {
                let digest = SpeechDigest(section: section, comparison: comparisons?[number][index])
                body += "<section>\n<h2>\(index + 1). \(htmlEscaped(digest.heading))</h2>\n<ul class=\"facts\">\n"
                if let department = section.speaker?.department { body += "<li>Department: <code>\(htmlEscaped(department))</code></li>\n" }
                if !section.duties.isEmpty { body += "<li>Duties spoken about: \(htmlEscaped(section.duties.joined(separator: ", ")))</li>\n" }
                if !section.topics.isEmpty { body += "<li>Topics: \(htmlEscaped(digest.topics))</li>\n" }
                if !section.keywords.isEmpty { body += "<li>Keywords: \(htmlEscaped(digest.keywords))</li>\n" }
                body += "</ul>\n"
                if !digest.keyFigures.isEmpty {
                    body += "<table>\n<tr>\(SpeechDigest.figureColumns.map { "<th>\($0)</th>" }.joined())</tr>\n"
                    for figure in digest.keyFigures {
                        body += "<tr>\(SpeechDigest.cells(figure).map { "<td>\(htmlEscaped($0))</td>" }.joined())</tr>\n"
                    }
                    body += "</table>\n"
                }
                let dates = section.figures.filter { $0.kind == .date || $0.kind == .period }.map(\.text)
                if !dates.isEmpty { body += "<p class=\"meta\">Dates: \(htmlEscaped(dates.joined(separator: "、")))</p>\n" }
                if !section.points.isEmpty {
                    body += "<ul class=\"points\">\n" + section.points.map { "<li><b>\(htmlEscaped($0.marker))</b> \(htmlEscaped($0.text))</li>\n" }.joined() + "</ul>\n"
                }
                if let comparison = digest.comparison {
                    body += "<h3>Citizens' concerns for \(htmlEscaped(comparison.department))</h3>\n<ul>\n"
                    body += comparison.mentioned.map { "<li class=\"hit\">mentioned: \(htmlEscaped(SpeechDigest.concern($0)))</li>\n" }.joined()
                    body += comparison.missing.map { "<li class=\"miss\">not mentioned: \(htmlEscaped(SpeechDigest.concern($0)))</li>\n" }.joined()
                    if comparison.mentioned.isEmpty && comparison.missing.isEmpty { body += "<li>(the report has no concerns for this department)</li>\n" }
                    body += "</ul>\n"
                }
                body += "</section>\n"
            }
        }
        return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>minyi speech</title>
        <style>
        body { font-family: "Noto Sans CJK SC", "PingFang SC", sans-serif; max-width: 960px; margin: 2em auto; padding: 0 1em; color: #222; }
        section { border-top: 1px solid #ccc; margin-top: 1.5em; }
        table { border-collapse: collapse; margin: .8em 0; }
        th, td { border: 1px solid #ccc; padding: .2em .6em; text-align: left; }
        th { background: #f2f2f2; }
        .meta { color: #666; }
        .points { list-style: none; padding-left: 1em; }
        .hit { color: #1a6b1a; }
        .miss { color: #a33; }
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }
}
