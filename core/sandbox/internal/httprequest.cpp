#include "core/sandbox/internal/httprequest.h"

#include <QUrl>

namespace montaj::sandbox {
namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

bool parseDecimal(QByteArrayView text, qint64 &value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers)
        if (name == lowerCaseName)
            return value;
    return {};
}

bool HttpRequest::hasHeader(QByteArrayView lowerCaseName) const
{
    for (const auto &entry : headers)
        if (entry.first == lowerCaseName)
            return true;
    return false;
}

bool HttpRequest::isFormEncoded() const
{
    return header("content-type").toLower().startsWith("application/x-www-form-urlencoded");
}

bool HttpRequest::wantsKeepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (connection.contains("close"))
        return false;
    return minorVersion >= 1 || connection.contains("keep-alive");
}

HttpRequestParser::State HttpRequestParser::fail(int status, QByteArray reason)
{
    m_phase = Phase::Failed;
    m_failureStatus = status;
    m_failureReason = std::move(reason);
    return State::Failed;
}

HttpRequestParser::State HttpRequestParser::feed(QByteArray &buffer)
{
    switch (m_phase) {
    case Phase::Failed: return State::Failed;
    case Phase::Done: return State::Complete;
    case Phase::Head: {
        // Tolerate empty lines before a request line (RFC 9112 §2.2).
        qsizetype skip = 0;
        while (skip + 1 < buffer.size() && buffer.at(skip) == '\r' && buffer.at(skip + 1) == '\n')
            skip += 2;
        if (skip > 0)
            buffer.remove(0, skip);
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (buffer.size() > kMaxHeadBytes)
                return fail(431, "Request head too large");
            return State::NeedMore;
        }
        if (end > kMaxHeadBytes)
            return fail(431, "Request head too large");
        const State state = parseHead(QByteArrayView(buffer).first(end));
        buffer.remove(0, end + 4);
        if (state == State::Failed)
            return state;
        m_phase = Phase::Body;
        m_request.body.reserve(m_bodyLength);
        return State::HeadComplete;
    }
    case Phase::Body: {
        const qint64 missing = m_bodyLength - m_request.body.size();
        const qsizetype take = qsizetype(std::min<qint64>(missing, buffer.size()));
        if (take == buffer.size()) {
            m_request.body.append(buffer);
            buffer.clear();
        } else if (take > 0) {
            m_request.body.append(buffer.constData(), take);
            buffer.remove(0, take);
        }
        if (m_request.body.size() < m_bodyLength)
            return State::NeedMore;
        m_phase = Phase::Done;
        return State::Complete;
    }
    }
    return State::Failed;
}

HttpRequestParser::State HttpRequestParser::parseHead(QByteArrayView head)
{
    m_request = HttpRequest();
    m_bodyLength = 0;
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QByteArrayView requestLine = lineEnd < 0 ? head : head.first(lineEnd);
    const QList<QByteArray> parts = requestLine.toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || !parts.at(1).startsWith('/'))
        return fail(400, "Malformed request line");
    if (parts.at(2) == "HTTP/1.1")
        m_request.minorVersion = 1;
    else if (parts.at(2) == "HTTP/1.0")
        m_request.minorVersion = 0;
    else if (parts.at(2).startsWith("HTTP/"))
        return fail(505, "HTTP version not supported");
    else
        return fail(400, "Malformed request line");
    m_request.method = parts.at(0);
    m_request.target = parts.at(1);
    const qsizetype question = m_request.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? m_request.target : m_request.target.first(question);
    m_request.path = QUrl::fromPercentEncoding(rawPath);
    if (question >= 0)
        m_request.query = FormData::parse(QByteArrayView(m_request.target).sliced(question + 1));

    bool haveLength = false;
    qsizetype pos = lineEnd < 0 ? head.size() : lineEnd + 2;
    while (pos < head.size()) {
        qsizetype next = head.indexOf("\r\n", pos);
        if (next < 0)
            next = head.size();
        const QByteArrayView line = head.sliced(pos, next - pos);
        pos = next + 2;
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "Obsolete header folding");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return fail(400, "Malformed header");
        if (m_request.headers.size() >= kMaxHeaders)
            return fail(431, "Too many headers");
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (name == "content-length") {
            qint64 length = 0;
            if (!parseDecimal(value, length) || (haveLength && length != m_bodyLength))
                return fail(400, "Bad Content-Length");
            m_bodyLength = length;
            haveLength = true;
        } else if (name == "transfer-encoding") {
            return fail(501, "Chunked request bodies are not supported; send Content-Length");
        }
        m_request.headers.append({name, value});
    }
    if (m_request.minorVersion == 1 && !m_request.hasHeader("host"))
        return fail(400, "Missing Host header");
    if (m_bodyLength > kMaxBodyBytes)
        return fail(413, "Body larger than the sandbox accepts");
    return State::HeadComplete;
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest done = std::move(m_request);
    m_request = HttpRequest();
    m_bodyLength = 0;
    m_phase = Phase::Head;
    return done;
}

} // namespace montaj::sandbox
