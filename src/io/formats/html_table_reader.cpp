#include "io/formats/html_table_reader.h"

#include "io/formats/read_limits.h"
#include "io/formats/table_builder.h"
#include "io/formats/text_decoding.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <cctype>
#include <optional>
#include <vector>

namespace sd {

namespace {

int hexDigit(char16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The charset a <meta> tag in the first bytes declares, lower-cased; empty when none does.
QByteArray declaredCharset(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(16 * 1024).toLower();
    qsizetype at = 0;
    while ((at = head.indexOf("<meta", at)) >= 0) {
        const qsizetype end = head.indexOf('>', at);
        const QByteArray tag = head.mid(at, end < 0 ? -1 : end - at);
        at += 5;
        const qsizetype key = tag.indexOf("charset");
        if (key < 0)
            continue;
        qsizetype i = key + 7;
        while (i < tag.size() && (tag.at(i) == ' ' || tag.at(i) == '='  || tag.at(i) == '"' ||
                                  tag.at(i) == '\''))
            ++i;
        qsizetype j = i;
        while (j < tag.size() && (std::isalnum(uchar(tag.at(j))) || tag.at(j) == '-' || tag.at(j) == '_' ||
                                  tag.at(j) == '.' || tag.at(j) == ':'))
            ++j;
        if (j > i)
            return tag.mid(i, j - i);
    }
    return {};
}

bool isKoreanCharset(const QByteArray &name)
{
    static const char *const names[] = {"euc-kr", "euckr", "cp949", "windows-949", "x-windows-949",
                                        "ks_c_5601-1987", "ks_c_5601", "ksc5601", "ksc_5601", "uhc",
                                        "korean", "csksc56011987", "iso-ir-149"};
    for (const char *n : names) {
        if (name == n)
            return true;
    }
    return false;
}

// The page's text, piece by piece in the encoding it was found to have (a charset other than UTF-8 and
// CP949, such as windows-1252, is decoded whole: rare, and bounded by twice the file).
class PageText
{
public:
    // False with a translated message when the system cannot decode CP949.
    bool open(const QByteArray &bytes, QString *error)
    {
        TextEncoding encoding = TextEncoding::Utf8;
        qsizetype start = 0;
        if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || bytes.startsWith("\xEF\xBB\xBF")) {
            if (!detectTextEncoding(bytes, &encoding, &start, error))
                return false;
            m_chunks.emplace(bytes, encoding, start);
            return true;
        }
        const QByteArray charset = declaredCharset(bytes);
        if ((charset == "utf-8" || charset == "utf8") && decodesAs(bytes, TextEncoding::Utf8)) {
            m_chunks.emplace(bytes, TextEncoding::Utf8, 0);
            return true;
        }
        if (isKoreanCharset(charset) && decodesAs(bytes, TextEncoding::Cp949)) {
            m_chunks.emplace(bytes, TextEncoding::Cp949, 0);
            return true;
        }
        if (!charset.isEmpty() && !charset.startsWith("utf-") && !isKoreanCharset(charset)) {
            QStringDecoder decoder(charset.constData(), QStringConverter::Flag::Stateless);
            if (decoder.isValid()) {
                m_whole = decoder.decode(bytes);
                if (!decoder.hasError()) {
                    m_size = bytes.size();
                    return true;
                }
                m_whole.clear();
            }
        }
        // No charset, one we do not know, or bytes that do not fit it: judged from the bytes.
        if (!detectTextEncoding(bytes, &encoding, &start, error))
            return false;
        m_chunks.emplace(bytes, encoding, start);
        return true;
    }

    TextChunks::Status next(QString *text)
    {
        if (m_chunks)
            return m_chunks->next(text);
        text->clear();
        if (m_given)
            return TextChunks::Status::End;
        m_given = true;
        text->swap(m_whole);
        return TextChunks::Status::Chunk;
    }
    qint64 position() const { return m_chunks ? m_chunks->position() : (m_given ? m_size : 0); }

private:
    std::optional<TextChunks> m_chunks;
    QString m_whole;
    qint64 m_size = 0;
    bool m_given = false;
};

struct NamedEntity
{
    const char *name;
    char16_t value;
};

// Named entities seen in pages of Korean sites and in Excel's own HTML.
constexpr NamedEntity kEntities[] = {
    {"amp", u'&'},      {"lt", u'<'},       {"gt", u'>'},       {"quot", u'"'},     {"apos", u'\''},
    {"nbsp", 0x00A0},   {"copy", 0x00A9},   {"reg", 0x00AE},    {"middot", 0x00B7}, {"hellip", 0x2026},
    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},  {"rsquo", 0x2019},  {"ldquo", 0x201C},
    {"rdquo", 0x201D},  {"times", 0x00D7},  {"divide", 0x00F7}, {"laquo", 0x00AB},  {"raquo", 0x00BB},
    {"bull", 0x2022},   {"deg", 0x00B0},    {"plusmn", 0x00B1}, {"trade", 0x2122},  {"euro", 0x20AC},
    {"yen", 0x00A5},    {"cent", 0x00A2},   {"pound", 0x00A3},  {"sect", 0x00A7},   {"para", 0x00B6},
    {"shy", 0x00AD},    {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"larr", 0x2190},
    {"rarr", 0x2192},   {"uarr", 0x2191},   {"darr", 0x2193},   {"hearts", 0x2665}, {"star", 0x2606},
};

class HtmlTableParser
{
public:
    HtmlTableParser(const ReadControl &control, qint64 bytes) : m_pacer(control, bytes, 256 * 1024) {}

    // The page is parsed one decoded piece at a time; a tag or an entity cut by the end of a piece is
    // carried over to the next, and a comment or script being skipped is dropped as it goes.
    TableData read(PageText &page)
    {
        QString piece;
        QString carry;
        for (;;) {
            if (!m_pacer.at(page.position()))
                return TableData::cancelledRead();
            const TextChunks::Status status = page.next(&piece);
            if (status == TextChunks::Status::Invalid)
                return TableData::failure(QCoreApplication::translate(
                    "sd::HtmlTableReader", "The web page's text is neither UTF-8 nor CP949, or it is damaged. "
                                           "Open it in Excel, save it as .xlsx, then import it again."));
            if (status == TextChunks::Status::NoBoundary)
                return TableData::failure(QCoreApplication::translate(
                    "sd::HtmlTableReader", "The web page has more than a megabyte of letters without a space "
                                           "or a tag in it: this is not an order file."));
            m_last = status == TextChunks::Status::End;
            m_text = carry + piece;
            piece.clear();
            const qsizetype stop = parse();
            if (failed())
                break;
            carry = m_text.sliced(stop);
            if (carry.size() > kMaxCarry)
                return TableData::failure(QCoreApplication::translate(
                    "sd::HtmlTableReader", "The web page has a tag longer than a megabyte: this is not an "
                                           "order file."));
            if (m_last)
                break;
        }
        while (!m_open.empty() && !failed())
            closeTable();
        if (failed())
            return TableData::failure(m_error);
        if (m_best.rows.isEmpty())
            return TableData::failure(QCoreApplication::translate(
                "sd::HtmlTableReader", "The web page (HTML) holds no table rows to import. Check that you "
                                       "chose the right file, or open it in Excel, save it as .xlsx and import "
                                       "that."));
        m_pacer.finish();
        return std::move(m_best);
    }

private:
    struct OpenTable
    {
        TableRows rows;
        QStringList row;
        QString cell;
        bool inRow = false;
        bool inCell = false;
        bool space = false; // white space seen since the cell's last character
        int colspan = 1;
    };

    // A tag or entity cut at the end of a piece: parse() stops there and the rest is carried over.
    static constexpr qsizetype kNeedMore = -1;
    static constexpr qsizetype kMaxCarry = 1024 * 1024;

    // Parses m_text as far as it can; returns where the unparsed rest begins.
    qsizetype parse()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        if (!m_skipUntil.isEmpty()) {
            i = skipPast(0, m_skipUntil);
            if (!m_skipUntil.isEmpty())
                return i;
        }
        while (i < n && !failed()) {
            const QChar c = m_text.at(i);
            qsizetype next = i + 1;
            if (c == QLatin1Char('<')) {
                next = markup(i);
            } else if (c == QLatin1Char('&') && inCell()) {
                next = entity(i);
            } else if (inCell()) {
                addChar(c);
            }
            if (next == kNeedMore)
                return i;
            i = next;
            if (!m_skipUntil.isEmpty())
                return i;
        }
        return qMin(i, n);
    }

    bool failed() const { return !m_error.isEmpty(); }
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }
    bool inCell() const { return !m_open.empty() && m_open.back().inCell; }
    qint64 rowNumber() const { return m_open.back().rows.size() + 1; }

    static bool isSpace(QChar c)
    {
        return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
               c == QLatin1Char('\r') || c == QLatin1Char('\f') || c == QChar(0x00A0);
    }

    void addChar(QChar c)
    {
        OpenTable &t = m_open.back();
        if (isSpace(c)) {
            t.space = !t.cell.isEmpty() && !t.cell.endsWith(QLatin1Char('\n'));
            return;
        }
        if (t.space)
            t.cell += QLatin1Char(' ');
        t.space = false;
        t.cell += c;
        if (t.cell.size() > kReadMaxCellChars)
            fail(TableBuilder::cellTooLong(rowNumber(), t.row.size()));
    }

    void lineBreak()
    {
        OpenTable &t = m_open.back();
        t.space = false;
        t.cell += QLatin1Char('\n');
        if (t.cell.size() > kReadMaxCellChars)
            fail(TableBuilder::cellTooLong(rowNumber(), t.row.size()));
    }

    // "&amp;", "&#44608;", "&#xAC00;" (and the old forms without ';' of the common ones); anything else is
    // the '&' itself.
    qsizetype entity(qsizetype at)
    {
        const qsizetype n = m_text.size();
        qsizetype i = at + 1;
        if (i == n && !m_last)
            return kNeedMore;
        if (i < n && m_text.at(i) == QLatin1Char('#')) {
            ++i;
            const bool hex = i < n && (m_text.at(i) == QLatin1Char('x') || m_text.at(i) == QLatin1Char('X'));
            if (hex)
                ++i;
            const qsizetype digits = i;
            char32_t value = 0;
            while (i < n && i - digits < 8) {
                const int d = hex ? hexDigit(m_text.at(i).unicode())
                                  : (m_text.at(i).isDigit() && m_text.at(i).unicode() < 128
                                         ? m_text.at(i).unicode() - '0'
                                         : -1);
                if (d < 0)
                    break;
                value = value * (hex ? 16 : 10) + char32_t(d);
                ++i;
            }
            if (i == n && !m_last)
                return kNeedMore;
            if (i == digits) {
                addChar(QLatin1Char('&'));
                return at + 1;
            }
            if (i < n && m_text.at(i) == QLatin1Char(';'))
                ++i;
            if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                value = 0xFFFD;
            const QString s = QString::fromUcs4(&value, 1);
            for (const QChar c : s)
                addChar(c);
            return i;
        }
        qsizetype j = i;
        while (j < n && j - i < 10 && m_text.at(j).unicode() < 128 && m_text.at(j).isLetterOrNumber())
            ++j;
        if (j == n && !m_last)
            return kNeedMore;
        const QStringView name = QStringView(m_text).sliced(i, j - i);
        const bool semicolon = j < n && m_text.at(j) == QLatin1Char(';');
        for (const NamedEntity &e : kEntities) {
            if (name != QLatin1String(e.name))
                continue;
            const bool legacy = name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot" ||
                                name == u"nbsp";
            if (!semicolon && !legacy)
                break;
            addChar(QChar(e.value));
            return semicolon ? j + 1 : j;
        }
        addChar(QLatin1Char('&'));
        return at + 1;
    }

    // Skips to just after `needle` (case-insensitive) from `from`. When this piece does not hold it, the
    // skip goes on in the next piece (m_skipUntil), keeping only the end that may begin the needle.
    qsizetype skipPast(qsizetype from, QLatin1String needle)
    {
        const qsizetype at = m_text.indexOf(needle, from, Qt::CaseInsensitive);
        if (at >= 0) {
            m_skipUntil = QLatin1String();
            return at + needle.size();
        }
        if (m_last)
            return m_text.size();
        m_skipUntil = needle;
        return qMax(from, m_text.size() - (needle.size() - 1));
    }

    // A '<' at `at`: a comment, a declaration, a tag, or a '<' that is text. Returns where to go on.
    qsizetype markup(qsizetype at)
    {
        const qsizetype n = m_text.size();
        qsizetype i = at + 1;
        if (i + 3 >= n && !m_last)
            return kNeedMore; // "<!--" must be seen whole
        if (i >= n) {
            if (inCell())
                addChar(QLatin1Char('<'));
            return n;
        }
        const QChar next = m_text.at(i);
        if (next == QLatin1Char('!')) {
            if (QStringView(m_text).sliced(i).startsWith(u"!--"))
                return skipPast(i + 3, QLatin1String("-->"));
            return skipPast(i, QLatin1String(">")); // <!DOCTYPE>, Excel's <![if ...]> and <![endif]>
        }
        if (next == QLatin1Char('?'))
            return skipPast(i, QLatin1String(">"));
        const bool closing = next == QLatin1Char('/');
        if (closing)
            ++i;
        if (i >= n || !(m_text.at(i).unicode() < 128 && m_text.at(i).isLetter())) {
            if (inCell())
                addChar(QLatin1Char('<'));
            return at + 1;
        }
        const qsizetype nameStart = i;
        while (i < n && m_text.at(i).unicode() < 128 &&
               (m_text.at(i).isLetterOrNumber() || m_text.at(i) == QLatin1Char(':') ||
                m_text.at(i) == QLatin1Char('-') || m_text.at(i) == QLatin1Char('_')))
            ++i;
        const QString name = m_text.sliced(nameStart, i - nameStart).toLower();
        int colspan = 1;
        // Attributes: a quoted value may hold '>'.
        while (i < n && m_text.at(i) != QLatin1Char('>')) {
            if (isSpace(m_text.at(i)) || m_text.at(i) == QLatin1Char('/')) {
                ++i;
                continue;
            }
            const qsizetype attrStart = i;
            while (i < n && !isSpace(m_text.at(i)) && m_text.at(i) != QLatin1Char('=') &&
                   m_text.at(i) != QLatin1Char('>') && m_text.at(i) != QLatin1Char('/'))
                ++i;
            const QStringView attr = QStringView(m_text).sliced(attrStart, i - attrStart);
            while (i < n && isSpace(m_text.at(i)))
                ++i;
            if (i >= n || m_text.at(i) != QLatin1Char('='))
                continue;
            ++i;
            while (i < n && isSpace(m_text.at(i)))
                ++i;
            qsizetype valueStart = i;
            qsizetype valueEnd = i;
            if (i < n && (m_text.at(i) == QLatin1Char('"') || m_text.at(i) == QLatin1Char('\''))) {
                const QChar quote = m_text.at(i);
                valueStart = ++i;
                while (i < n && m_text.at(i) != quote)
                    ++i;
                valueEnd = i;
                if (i < n)
                    ++i;
            } else {
                while (i < n && !isSpace(m_text.at(i)) && m_text.at(i) != QLatin1Char('>'))
                    ++i;
                valueEnd = i;
            }
            if (attr.compare(u"colspan", Qt::CaseInsensitive) == 0) {
                bool ok = false;
                const int span = QStringView(m_text).sliced(valueStart, valueEnd - valueStart).trimmed().toInt(&ok);
                colspan = ok ? qBound(1, span, kReadMaxColumns + 1) : 1;
            }
        }
        if (i >= n && !m_last)
            return kNeedMore; // the tag goes on in the next piece
        const qsizetype after = i < n ? i + 1 : n;
        if (!closing && name == u"script")
            return skipPast(after, QLatin1String("</script"));
        if (!closing && name == u"style")
            return skipPast(after, QLatin1String("</style"));
        if (!closing && name == u"title")
            return skipPast(after, QLatin1String("</title"));
        tag(name, closing, colspan);
        return after;
    }

    void tag(const QString &name, bool closing, int colspan)
    {
        if (name == u"table") {
            if (closing) {
                if (!m_open.empty())
                    closeTable();
            } else if (m_open.size() >= size_t(kReadMaxTableNesting)) {
                fail(QCoreApplication::translate("sd::HtmlTableReader", "The web page has tables nested more than %1 deep: this is not an order "
                                 "file.")
                         .arg(kReadMaxTableNesting));
            } else {
                m_open.emplace_back();
            }
            return;
        }
        if (m_open.empty())
            return;
        if (name == u"tr") {
            closeCell();
            closeRow();
            if (!closing)
                m_open.back().inRow = true;
        } else if (name == u"td" || name == u"th") {
            closeCell();
            if (closing)
                return;
            OpenTable &t = m_open.back();
            t.inRow = true;
            t.inCell = true;
            t.colspan = colspan;
        } else if (name == u"br" && inCell()) {
            lineBreak();
        } else if ((name == u"thead" || name == u"tbody" || name == u"tfoot") && !closing) {
            closeCell();
            closeRow();
        }
    }

    void closeCell()
    {
        OpenTable &t = m_open.back();
        if (!t.inCell || failed())
            return;
        t.inCell = false;
        t.space = false;
        if (t.row.size() + t.colspan > kReadMaxColumns) {
            fail(TableBuilder::tooManyColumns(rowNumber()));
            return;
        }
        m_cells += t.colspan;
        m_chars += t.cell.size();
        if (m_cells > kReadMaxCells) {
            fail(TableBuilder::tooManyCells());
            return;
        }
        if (m_chars > kReadMaxTextChars) {
            fail(TableBuilder::tooMuchText());
            return;
        }
        t.row << t.cell.trimmed();
        for (int k = 1; k < t.colspan; ++k)
            t.row << QString();
        t.cell.clear();
    }

    void closeRow()
    {
        OpenTable &t = m_open.back();
        if (!t.inRow || failed())
            return;
        t.inRow = false;
        if (++m_rows > kReadMaxRows) {
            fail(TableBuilder::tooManyRows());
            return;
        }
        t.rows.append(t.row);
        t.row.clear();
    }

    void closeTable()
    {
        closeCell();
        closeRow();
        if (failed())
            return;
        OpenTable &t = m_open.back();
        if (t.rows.size() > m_best.rows.size())
            m_best.rows = std::move(t.rows);
        m_open.pop_back();
    }

    QString m_text; // the piece being parsed, after what the last one carried over
    bool m_last = false; // m_text runs to the end of the page
    QLatin1String m_skipUntil; // a comment, script, style or title being skipped ends with this
    ReadPacer m_pacer;
    std::vector<OpenTable> m_open; // the innermost table last
    TableData m_best;
    qint64 m_rows = 0; // over every table of the page, so many small tables cannot add up
    qint64 m_cells = 0;
    qint64 m_chars = 0;
    QString m_error;
};

} // namespace

TableData readHtmlTable(const QByteArray &bytes, const ReadControl &control)
{
    PageText page;
    QString error;
    if (!page.open(bytes, &error))
        return TableData::failure(error);
    return HtmlTableParser(control, bytes.size()).read(page);
}

} // namespace sd
