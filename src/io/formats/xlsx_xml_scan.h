#pragma once
// Private to the XLSX reader (xlsx_reader.cpp includes it, nothing else may): how a worksheet part's XML
// is read. XmlPartDevice feeds QXmlStreamReader piece by piece with a cap on runs without markup;
// FastXml is the byte scanner that reads the subset of XML spreadsheet programs write and steps aside
// (Unsupported) for anything else, so QXmlStreamReader's answer stays the reference.
#include "io/formats/read_limits.h"
#include "io/formats/zip_reader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>
#include <cstring>
#include <memory>
#include <vector>

namespace sd::xlsx_scan {

// A part as QXmlStreamReader reads it: unpacked piece by piece, and refused when a run of bytes without
// '<' (one text node or one tag, which the reader would hold whole) grows past kXmlMaxRunBytes.
class XmlPartDevice : public QIODevice
{
public:
    explicit XmlPartDevice(std::unique_ptr<ZipReader::Entry> entry) : m_entry(std::move(entry))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool runTooLong() const { return m_runTooLong; }
    // Unpacks what the XML reader left (it stops at the root's end), so a damaged end, which libzip
    // finds by the CRC on the last read, is not missed.
    void drain()
    {
        char buffer[16 * 1024];
        while (m_entry->read(buffer, sizeof buffer) > 0) {
        }
    }
    const ZipReader::Entry &entry() const { return *m_entry; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        if (m_runTooLong)
            return -1;
        const qint64 n = m_entry->read(data, qMin<qint64>(max, 64 * 1024));
        if (n <= 0)
            return n;
        qint64 from = 0;
        for (;;) {
            const void *lt = std::memchr(data + from, '<', size_t(n - from));
            if (!lt) {
                m_run += n - from;
                break;
            }
            const qint64 at = static_cast<const char *>(lt) - data;
            m_run += at - from;
            if (m_run > kXmlMaxRunBytes)
                break;
            m_run = 0;
            from = at + 1;
        }
        if (m_run > kXmlMaxRunBytes) {
            m_runTooLong = true;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    std::unique_ptr<ZipReader::Entry> m_entry;
    qint64 m_run = 0;
    bool m_runTooLong = false;
};

// The fast path. FastXml reads, straight from a part's unpacked bytes, the subset of XML that spreadsheet
// programs write: UTF-8 (a byte order mark allowed), an optional XML declaration, elements with plain or
// prefixed names (`<x:row>` of the .NET Open XML SDK) and quoted attributes, namespace declarations on any
// element, the five predefined entities and character references, white space. It checks what it reads
// as strictly as XML does (names, attribute syntax, duplicate attributes, declared prefixes, matching end
// tags, characters allowed in XML, valid UTF-8, entities). Anything outside that subset — comments, CDATA,
// DOCTYPE, processing instructions, names outside ASCII, a carriage return in a text it keeps, an entity in
// an attribute it reads, nesting deeper than kFastMaxDepth, markup that is not well-formed, a part that
// ends early — stops it as Unsupported, and the part is then read again with QXmlStreamReader, whose answer
// (a table, or its exact message) is the reference. So the scanner never answers an XML question on its
// own: it gives what QXmlStreamReader would give, or steps aside. It is some ten times faster because it
// allocates nothing per element and decodes only the texts the table keeps.
constexpr int kFastMaxDepth = 32; // below kXmlMaxDepth in every context, so the cap never differs
constexpr qint64 kFastChunk = 64 * 1024;

class FastXml
{
public:
    enum Token { Invalid, StartElement, EndElement, Characters };
    // Why it stopped: Done after the root's end and white space to the end of the part; Input when the
    // part gave no more bytes before that (its end, damage, or a run past kXmlMaxRunBytes: the device says
    // which).
    enum class Stop { None, Done, Unsupported, Input };

    explicit FastXml(XmlPartDevice &device) : m_device(device) { m_buf.resize(size_t(4 * kFastChunk)); }

    Stop stop() const { return m_stop; }
    bool stopped() const { return m_stop != Stop::None; }

    // The next token. A text (Characters) is checked, and with `text` given also decoded onto it.
    Token readNext(QString *text = nullptr)
    {
        if (m_stop != Stop::None)
            return Invalid;
        if (m_pendingEnd) {
            m_pendingEnd = false;
            return popElement() ? EndElement : Invalid;
        }
        if (m_rootDone)
            return finishDocument();
        compact();
        if (!m_started && !startDocument())
            return Invalid;
        for (;;) {
            if (m_pos == m_end && !fill())
                return input();
            if (m_buf[size_t(m_pos)] != '<') {
                qsizetype lt = find('<', m_pos);
                while (lt < 0) {
                    const qsizetype from = m_end;
                    if (!fill())
                        return input();
                    lt = find('<', from);
                }
                const char *b = m_buf.data() + m_pos, *e = m_buf.data() + lt;
                const bool ok = m_depth == 0 ? allSpace(b, e) : scanText(b, e, text, false);
                if (!ok)
                    return unsupported();
                m_pos = lt;
                if (m_depth == 0)
                    continue; // white space around the root
                return Characters;
            }
            for (;;) {
                const Parse p = parseMarkup();
                if (p == Parse::Bad)
                    return unsupported();
                if (p == Parse::Start)
                    return StartElement;
                if (p == Parse::End)
                    return popElement() ? EndElement : Invalid;
                if (!fill()) // NeedMore
                    return input();
            }
        }
    }

    // As QXmlStreamReader's: true at the next start element inside the current one, false at its end.
    bool readNextStartElement()
    {
        for (;;) {
            const Token t = readNext();
            if (t == StartElement)
                return true;
            if (t != Characters)
                return false;
        }
    }

    // The current start element's local name (without its prefix) is `local`.
    bool nameIs(const char *local) const
    {
        const size_t n = std::strlen(local);
        return size_t(m_nameEnd - m_localBegin) == n &&
               std::memcmp(m_buf.data() + m_localBegin, local, n) == 0;
    }

    // The value of the current start element's attribute with this qualified name (empty when it has
    // none). False, and Unsupported, when the value holds an entity or a tab or line break (which XML
    // would turn into other characters).
    bool attribute(const char *qualifiedName, QByteArrayView *value)
    {
        const size_t n = std::strlen(qualifiedName);
        for (const Attribute &a : m_attributes) {
            if (size_t(a.nameEnd - a.nameBegin) == n &&
                std::memcmp(m_buf.data() + a.nameBegin, qualifiedName, n) == 0) {
                if (!a.plain) {
                    m_stop = Stop::Unsupported;
                    return false;
                }
                *value = QByteArrayView(m_buf.data() + a.valueBegin, a.valueEnd - a.valueBegin);
                return true;
            }
        }
        *value = QByteArrayView();
        return true;
    }

    // As QXmlStreamReader::readElementText, appending the text onto `out`; a child element stops the
    // scan (QXmlStreamReader refuses it).
    void readElementText(QString *out)
    {
        for (;;) {
            const Token t = readNext(out);
            if (t == Characters)
                continue;
            if (t == StartElement)
                m_stop = Stop::Unsupported;
            return;
        }
    }

    void skipCurrentElement()
    {
        int depth = 1;
        while (depth > 0) {
            const Token t = readNext();
            if (t == StartElement)
                ++depth;
            else if (t == EndElement)
                --depth;
            else if (t == Invalid)
                return;
        }
    }

    // Leaves the part to QXmlStreamReader (what the caller found is beyond the scanner).
    void stepAside() { m_stop = Stop::Unsupported; }
    // After the root's end: reads to the part's end (white space only), so stop() says Done.
    void finish()
    {
        if (m_rootDone && !m_pendingEnd && m_stop == Stop::None)
            finishDocument();
    }

    // Bytes unpacked so far.
    qint64 consumed() const { return m_device.entry().consumed(); }

private:
    enum class Parse { Start, End, NeedMore, Bad };
    struct Attribute
    {
        qsizetype nameBegin, localBegin, nameEnd, valueBegin, valueEnd;
        bool plain;
    };

    Token input()
    {
        m_stop = Stop::Input;
        return Invalid;
    }
    Token unsupported()
    {
        m_stop = Stop::Unsupported;
        return Invalid;
    }

    // Moves what is left to the front, between tokens (no offset is held then).
    void compact()
    {
        if (m_pos == m_end) {
            m_pos = m_end = 0;
        } else if (m_pos > kFastChunk) {
            std::memmove(m_buf.data(), m_buf.data() + m_pos, size_t(m_end - m_pos));
            m_end -= m_pos;
            m_pos = 0;
        }
    }

    // Appends the next piece of the part; false at its end or when the device refused.
    bool fill()
    {
        if (m_eof)
            return false;
        if (qsizetype(m_buf.size()) - m_end < kFastChunk)
            m_buf.resize(std::max(m_buf.size() * 2, size_t(m_end + kFastChunk)));
        const qint64 n = m_device.read(m_buf.data() + m_end, kFastChunk);
        if (n <= 0) {
            m_eof = true;
            return false;
        }
        m_end += n;
        return true;
    }

    qsizetype find(char c, qsizetype from) const
    {
        const void *at = std::memchr(m_buf.data() + from, c, size_t(m_end - from));
        return at ? static_cast<const char *>(at) - m_buf.data() : -1;
    }

    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }
    static bool allSpace(const char *b, const char *e)
    {
        for (; b < e; ++b) {
            if (!isSpace(*b))
                return false;
        }
        return true;
    }
    static bool isNameStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
    static bool isNameChar(char c)
    {
        return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }
    static bool isXmlChar(char32_t c)
    {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
               (c >= 0x10000 && c <= 0x10FFFF);
    }

    // One UTF-8 sequence at `p` (below `e`) that XML allows: its code point and length, or 0.
    static int utf8(const unsigned char *p, const unsigned char *e, char32_t *cp)
    {
        const unsigned char c = p[0];
        const auto cont = [&](int i, unsigned char lo, unsigned char hi) {
            return p + i < e && p[i] >= lo && p[i] <= hi;
        };
        if (c < 0xC2)
            return 0;
        if (c < 0xE0) {
            if (!cont(1, 0x80, 0xBF))
                return 0;
            *cp = char32_t(c & 0x1F) << 6 | (p[1] & 0x3F);
            return 2;
        }
        if (c < 0xF0) {
            if (!cont(1, c == 0xE0 ? 0xA0 : 0x80, c == 0xED ? 0x9F : 0xBF) || !cont(2, 0x80, 0xBF))
                return 0;
            *cp = char32_t(c & 0x0F) << 12 | char32_t(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
            return *cp == 0xFFFE || *cp == 0xFFFF ? 0 : 3;
        }
        if (c < 0xF5) {
            if (!cont(1, c == 0xF0 ? 0x90 : 0x80, c == 0xF4 ? 0x8F : 0xBF) || !cont(2, 0x80, 0xBF) ||
                !cont(3, 0x80, 0xBF))
                return 0;
            *cp = char32_t(c & 0x07) << 18 | char32_t(p[1] & 0x3F) << 12 | char32_t(p[2] & 0x3F) << 6 |
                  (p[3] & 0x3F);
            return 4;
        }
        return 0;
    }

    // The reference at `p` ('&'): its character and length, or 0 when XML would not accept it.
    static int entity(const char *p, const char *e, char32_t *cp)
    {
        const char *q = p + 1;
        if (q < e && *q == '#') {
            ++q;
            const bool hex = q < e && *q == 'x';
            if (hex)
                ++q;
            const char *digits = q;
            char32_t v = 0;
            for (; q < e && q - digits < 8; ++q) {
                const char c = *q;
                int d;
                if (c >= '0' && c <= '9')
                    d = c - '0';
                else if (hex && c >= 'a' && c <= 'f')
                    d = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F')
                    d = c - 'A' + 10;
                else
                    break;
                v = v * (hex ? 16 : 10) + char32_t(d);
            }
            if (q == digits || q >= e || *q != ';' || !isXmlChar(v))
                return 0;
            *cp = v;
            return int(q + 1 - p);
        }
        static const struct
        {
            const char *name;
            char c;
        } names[] = {{"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};
        for (const auto &n : names) {
            const size_t len = std::strlen(n.name);
            if (size_t(e - q) >= len && std::memcmp(q, n.name, len) == 0) {
                *cp = char32_t(n.c);
                return int(len + 1);
            }
        }
        return 0;
    }

    // Checks the text or attribute value [b, e) and, with `out`, appends it decoded. False when XML
    // would refuse it, or it holds what the scanner leaves to QXmlStreamReader (a carriage return in a
    // decoded text: XML turns line ends into line feeds).
    static bool scanText(const char *b, const char *e, QString *out, bool attribute)
    {
        char16_t *w = nullptr;
        qsizetype start = 0;
        if (out) {
            start = out->size();
            out->resize(start + (e - b)); // UTF-16 never needs more units than UTF-8 bytes
            w = reinterpret_cast<char16_t *>(out->data()) + start;
        }
        char16_t *const w0 = w;
        const auto put = [&w](char32_t cp) {
            if (cp < 0x10000) {
                *w++ = char16_t(cp);
            } else {
                *w++ = char16_t(0xD800 + ((cp - 0x10000) >> 10));
                *w++ = char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
            }
        };
        bool ok = true;
        for (const char *p = b; p < e;) {
            const unsigned char c = static_cast<unsigned char>(*p);
            if (c >= 0x20 && c < 0x80 && c != '&' && c != '>' && c != '<') {
                if (w)
                    *w++ = c;
                ++p;
                continue;
            }
            if (c < 0x80 && c != '&') {
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '<' ||
                    (c == '>' && !attribute && p - b >= 2 && p[-1] == ']' && p[-2] == ']') ||
                    (c == '\r' && w)) {
                    ok = false;
                    break;
                }
                if (w)
                    *w++ = c;
                ++p;
                continue;
            }
            char32_t cp = 0;
            const int n = c == '&' ? entity(p, e, &cp)
                                   : utf8(reinterpret_cast<const unsigned char *>(p),
                                          reinterpret_cast<const unsigned char *>(e), &cp);
            if (n == 0 || (cp == '\r' && w)) {
                ok = false;
                break;
            }
            if (w)
                put(cp);
            p += n;
        }
        if (out)
            out->resize(ok ? start + (w - w0) : start);
        return ok;
    }

    // A qualified name at `p`: [prefix ':'] local; false when there is none. `*local` is where the local
    // part begins.
    bool parseName(qsizetype *p, qsizetype *local) const
    {
        const char *d = m_buf.data();
        qsizetype i = *p;
        if (i >= m_end || !isNameStart(d[i]))
            return false;
        *local = i;
        while (i < m_end && isNameChar(d[i]))
            ++i;
        if (i < m_end && d[i] == ':') {
            ++i;
            *local = i;
            if (i >= m_end || !isNameStart(d[i]))
                return false;
            while (i < m_end && isNameChar(d[i]))
                ++i;
        }
        *p = i;
        return true;
    }

    bool startDocument()
    {
        while (m_end - m_pos < 6 && fill()) {
        }
        const char *d = m_buf.data() + m_pos;
        if (m_end - m_pos >= 3 && std::memcmp(d, "\xEF\xBB\xBF", 3) == 0)
            m_pos += 3;
        if (m_end - m_pos >= 6 && std::memcmp(m_buf.data() + m_pos, "<?xml", 5) == 0 &&
            isSpace(m_buf[size_t(m_pos + 5)])) {
            qsizetype end = -1;
            while ((end = findDeclarationEnd()) < 0) {
                if (m_end - m_pos > 1024 || !fill()) {
                    m_stop = m_eof && m_end - m_pos <= 1024 ? Stop::Input : Stop::Unsupported;
                    return false;
                }
            }
            if (!declarationOk(m_pos + 5, end)) {
                m_stop = Stop::Unsupported;
                return false;
            }
            m_pos = end + 2;
        }
        m_started = true;
        return true;
    }
    qsizetype findDeclarationEnd() const
    {
        for (qsizetype i = m_pos; i + 1 < m_end; ++i) {
            if (m_buf[size_t(i)] == '?' && m_buf[size_t(i + 1)] == '>')
                return i;
        }
        return -1;
    }
    // version="1.0" [encoding="UTF-8"] [standalone="yes"|"no"], in that order.
    bool declarationOk(qsizetype i, qsizetype end) const
    {
        const char *d = m_buf.data();
        const char *names[] = {"version", "encoding", "standalone"};
        int next = 0;
        for (;;) {
            const qsizetype before = i;
            while (i < end && isSpace(d[i]))
                ++i;
            if (i == end)
                return next > 0;
            if (i == before)
                return false;
            qsizetype nameEnd = i;
            while (nameEnd < end && isNameChar(d[nameEnd]))
                ++nameEnd;
            const QByteArrayView name(d + i, nameEnd - i);
            if (next == 0 && name != "version")
                return false; // the version comes first
            while (next < 3 && name != QByteArrayView(names[next]))
                ++next;
            if (next == 3)
                return false;
            i = nameEnd;
            while (i < end && isSpace(d[i]))
                ++i;
            if (i >= end || d[i] != '=')
                return false;
            ++i;
            while (i < end && isSpace(d[i]))
                ++i;
            if (i >= end || (d[i] != '"' && d[i] != '\''))
                return false;
            const char quote = d[i++];
            const qsizetype valueBegin = i;
            while (i < end && d[i] != quote)
                ++i;
            if (i >= end)
                return false;
            const QByteArrayView value(d + valueBegin, i - valueBegin);
            ++i;
            const bool ok = next == 0   ? value == "1.0"
                            : next == 1 ? value.compare("UTF-8", Qt::CaseInsensitive) == 0
                                        : value == "yes" || value == "no";
            if (!ok)
                return false;
            ++next;
        }
    }

    // The markup at m_pos ('<'): a start tag (with its attributes checked and its namespaces declared)
    // or an end tag; NeedMore when the buffer ends inside it.
    Parse parseMarkup()
    {
        const char *d = m_buf.data();
        qsizetype i = m_pos + 1;
        if (i >= m_end)
            return Parse::NeedMore;
        if (d[i] == '/') {
            ++i;
            qsizetype local = 0;
            const qsizetype nameBegin = i;
            if (!parseName(&i, &local))
                return i >= m_end ? Parse::NeedMore : Parse::Bad;
            while (i < m_end && isSpace(d[i]))
                ++i;
            if (i >= m_end)
                return Parse::NeedMore;
            if (d[i] != '>' || m_depth == 0)
                return Parse::Bad;
            const std::string &open = m_stack[size_t(m_depth - 1)];
            if (size_t(i - nameBegin) != open.size() || std::memcmp(d + nameBegin, open.data(), open.size()) != 0)
                return Parse::Bad;
            m_pos = i + 1;
            return Parse::End;
        }
        if (!isNameStart(d[i]))
            return Parse::Bad; // <!-- -->, <![CDATA[, <!DOCTYPE, <?pi?>, or not XML
        m_nameBegin = i;
        if (!parseName(&i, &m_localBegin))
            return i >= m_end ? Parse::NeedMore : Parse::Bad;
        m_nameEnd = i;
        m_attributes.clear();
        bool selfClosing = false;
        for (;;) {
            const qsizetype before = i;
            while (i < m_end && isSpace(d[i]))
                ++i;
            if (i >= m_end)
                return Parse::NeedMore;
            if (d[i] == '>') {
                ++i;
                break;
            }
            if (d[i] == '/') {
                if (i + 1 >= m_end)
                    return Parse::NeedMore;
                if (d[i + 1] != '>')
                    return Parse::Bad;
                i += 2;
                selfClosing = true;
                break;
            }
            if (i == before || m_attributes.size() >= 64)
                return Parse::Bad;
            Attribute a{};
            a.nameBegin = i;
            if (!parseName(&i, &a.localBegin))
                return i >= m_end ? Parse::NeedMore : Parse::Bad;
            a.nameEnd = i;
            while (i < m_end && isSpace(d[i]))
                ++i;
            if (i >= m_end)
                return Parse::NeedMore;
            if (d[i] != '=')
                return Parse::Bad;
            ++i;
            while (i < m_end && isSpace(d[i]))
                ++i;
            if (i >= m_end)
                return Parse::NeedMore;
            if (d[i] != '"' && d[i] != '\'')
                return Parse::Bad;
            const qsizetype close = find(d[i], i + 1);
            if (close < 0)
                return Parse::NeedMore;
            a.valueBegin = i + 1;
            a.valueEnd = close;
            if (!scanText(d + a.valueBegin, d + a.valueEnd, nullptr, true))
                return Parse::Bad;
            a.plain = true;
            for (qsizetype k = a.valueBegin; k < a.valueEnd && a.plain; ++k)
                a.plain = d[k] != '&' && d[k] != '\t' && d[k] != '\n' && d[k] != '\r';
            m_attributes.push_back(a);
            i = close + 1;
        }
        if (!pushElement())
            return Parse::Bad;
        m_pos = i;
        m_pendingEnd = selfClosing;
        return Parse::Start;
    }

    QByteArrayView bytes(qsizetype b, qsizetype e) const { return QByteArrayView(m_buf.data() + b, e - b); }
    static QByteArrayView prefixOf(QByteArrayView qualified, qsizetype length)
    {
        return length > 0 ? qualified.first(length - 1) : QByteArrayView();
    }
    bool declared(QByteArrayView prefix) const
    {
        for (auto it = m_prefixes.rbegin(); it != m_prefixes.rend(); ++it) {
            if (QByteArrayView(it->first.data(), qsizetype(it->first.size())) == prefix)
                return true;
        }
        return false;
    }

    // Opens the element just parsed: its namespace declarations, then its prefixes and attributes checked.
    bool pushElement()
    {
        if (m_rootDone || m_depth >= kFastMaxDepth)
            return false;
        ++m_depth;
        const auto isDeclaration = [this](const Attribute &a) {
            return a.localBegin - a.nameBegin == 6 && std::memcmp(m_buf.data() + a.nameBegin, "xmlns:", 6) == 0;
        };
        for (const Attribute &a : m_attributes) {
            if (!isDeclaration(a))
                continue;
            const QByteArrayView prefix = bytes(a.localBegin, a.nameEnd);
            if (prefix == "xml" || prefix == "xmlns" || !a.plain || a.valueEnd == a.valueBegin)
                return false;
            m_prefixes.emplace_back(std::string(prefix.data(), size_t(prefix.size())), m_depth);
        }
        for (size_t i = 0; i < m_attributes.size(); ++i) {
            const Attribute &a = m_attributes[i];
            const QByteArrayView name = bytes(a.nameBegin, a.nameEnd), local = bytes(a.localBegin, a.nameEnd);
            const bool declaration = isDeclaration(a);
            if (!declaration && name == "xmlns") {
                if (!a.plain)
                    return false;
            } else if (!declaration && a.localBegin > a.nameBegin) {
                const QByteArrayView prefix = prefixOf(name, a.localBegin - a.nameBegin);
                if (prefix != "xml" && (prefix == "xmlns" || !declared(prefix)))
                    return false;
            }
            for (size_t j = 0; j < i; ++j) {
                const Attribute &o = m_attributes[j];
                if (bytes(o.nameBegin, o.nameEnd) == name ||
                    (!declaration && !isDeclaration(o) && bytes(o.localBegin, o.nameEnd) == local))
                    return false;
            }
        }
        const QByteArrayView name = bytes(m_nameBegin, m_nameEnd);
        if (m_localBegin > m_nameBegin) {
            const QByteArrayView prefix = prefixOf(name, m_localBegin - m_nameBegin);
            if (prefix == "xml" || prefix == "xmlns" || !declared(prefix))
                return false;
        }
        if (m_stack.size() < size_t(m_depth))
            m_stack.resize(size_t(m_depth));
        m_stack[size_t(m_depth - 1)].assign(name.data(), size_t(name.size()));
        return true;
    }

    bool popElement()
    {
        while (!m_prefixes.empty() && m_prefixes.back().second == m_depth)
            m_prefixes.pop_back();
        if (--m_depth == 0)
            m_rootDone = true;
        return true;
    }

    // After the root: only white space may follow (QXmlStreamReader refuses anything else there).
    Token finishDocument()
    {
        for (;;) {
            if (!allSpace(m_buf.data() + m_pos, m_buf.data() + m_end))
                return unsupported();
            m_pos = m_end = 0;
            if (!fill()) {
                // The end, or the device refused: that is for QXmlStreamReader to judge.
                const bool clean = m_device.entry().status() == ZipReader::Status::Ok && !m_device.runTooLong();
                m_stop = clean ? Stop::Done : Stop::Unsupported;
                return Invalid;
            }
        }
    }

    XmlPartDevice &m_device;
    std::vector<char> m_buf;
    qsizetype m_pos = 0, m_end = 0;
    bool m_eof = false, m_started = false, m_rootDone = false, m_pendingEnd = false;
    Stop m_stop = Stop::None;
    int m_depth = 0;
    std::vector<std::string> m_stack;                   // the open elements' qualified names
    std::vector<std::pair<std::string, int>> m_prefixes; // declared prefixes and the depth declaring them
    qsizetype m_nameBegin = 0, m_localBegin = 0, m_nameEnd = 0; // the current start element
    std::vector<Attribute> m_attributes;
};

} // namespace sd::xlsx_scan
