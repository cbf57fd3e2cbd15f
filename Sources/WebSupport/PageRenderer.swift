public import Core
import Foundation
public import Hummingbird
import Mustache
import NIOCore
import Reporting

/// The words of the message catalog as a mustache value: `{{t.web.nav.portfolio}}` looks up the
/// key `web.nav.portfolio` in the page's language.
struct Words: MustacheParent {
    let table: [String: String]
    let prefix: String

    func child(named name: String) -> Any? {
        let key = prefix.isEmpty ? name : prefix + "." + name
        if let text = table[key] { return text }
        return Words(table: table, prefix: key)
    }
}

/// A link of the navigation bar.
public struct NavLink: Sendable {
    public var href: String
    public var label: String
    public var current: Bool

    public init(href: String, label: String, current: Bool) {
        self.href = href
        self.label = label
        self.current = current
    }
}

/// What surrounds every page: language, navigation, who is signed in and the CSRF token of the
/// session (every form carries it), and the path for the language switch.
public struct PageChrome: Sendable {
    public var language: Language
    public var nav: [NavLink]
    public var userLabel: String?
    public var csrf: String?
    /// The request's path and query (without `lang`), for the other-language link.
    public var path: String
    /// The site's name in the header (`Patuh — LKPP`).
    public var siteName: String
    /// Where the sign-out form posts (nil: no sign-out button).
    public var logoutAction: String?

    public init(language: Language, nav: [NavLink] = [], userLabel: String? = nil, csrf: String? = nil, path: String = "/",
                siteName: String = "Patuh", logoutAction: String? = nil) {
        self.language = language
        self.nav = nav
        self.userLabel = userLabel
        self.csrf = csrf
        self.path = path
        self.siteName = siteName
        self.logoutAction = logoutAction
    }

    /// `?lang=en` for English, empty for Indonesian: appended to every link of a page.
    public var query: String { language == .en ? "?lang=en" : "" }
    /// `&lang=en` for English (links that already carry a query).
    public var queryAmp: String { language == .en ? "&lang=en" : "" }
}

/// Renders pages: a page template (the front end's) inside the shared layout, with the same
/// stylesheet as the HTML reports, every word from the message catalog, no script.
public struct PageRenderer: @unchecked Sendable {
    private let library: MustacheLibrary

    /// The stylesheet served at ``stylesheetPath``: the reports' stylesheet plus the site's parts.
    public static let stylesheet = Stylesheet.reports + webStylesheet
    public static let stylesheetPath = "/static/patuh.css"

    /// `templates`: the front end's page templates by name (each renders the page's `<main>`).
    public init(templates: [String: String]) throws {
        var library = MustacheLibrary()
        try library.register(Self.layout, named: "layout")
        try library.register(Self.errorTemplate, named: "error")
        for (name, text) in templates {
            try library.register(text, named: name)
        }
        self.library = library
    }

    /// The HTML of page `template` with `values`, inside the layout.
    public func html(_ template: String, title: String, values: [String: Any], chrome: PageChrome) -> String {
        let content = render(template, values: values, language: chrome.language, csrf: chrome.csrf ?? "")
        return wrap(content, title: title, chrome: chrome)
    }

    /// The `<main>` part of page `template` with `values` alone, with ``PageCache/csrfMarker``
    /// where the session's CSRF token goes: what a ``PageCache`` keeps.
    public func content(_ template: String, values: [String: Any], language: Language) -> String {
        render(template, values: values, language: language, csrf: PageCache.csrfMarker)
    }

    /// The page of a kept content (from ``content(_:values:language:)``): the session's CSRF
    /// token in place of the marker, inside the layout.
    public func page(_ kept: PageCache.Kept, chrome: PageChrome, status: HTTPResponse.Status = .ok) -> Response {
        Self.htmlResponse(wrap(kept.content(csrf: chrome.csrf ?? ""), title: kept.title, chrome: chrome), status: status)
    }

    private func render(_ template: String, values: [String: Any], language: Language, csrf: String) -> String {
        var context = values
        context["t"] = Words(table: MessageCatalog.table(language), prefix: "")
        context["csrf"] = csrf
        context["q"] = language == .en ? "?lang=en" : ""
        context["qa"] = language == .en ? "&lang=en" : ""
        context["lang"] = language.rawValue
        return library.render(context, withTemplate: template) ?? ""
    }

    /// `content` inside the layout: header, navigation, who is signed in, the language switch.
    private func wrap(_ content: String, title: String, chrome: PageChrome) -> String {
        let words = Words(table: MessageCatalog.table(chrome.language), prefix: "")
        let other: Language = chrome.language == .id ? .en : .id
        let separator = chrome.path.contains("?") ? "&" : "?"
        let layout: [String: Any] = [
            "t": words, "lang": chrome.language.rawValue, "title": title, "content": content, "siteName": chrome.siteName,
            "nav": chrome.nav.map { ["href": $0.href + chrome.query, "label": $0.label, "current": $0.current] as [String: Any] },
            "user": chrome.userLabel ?? "", "csrf": chrome.csrf ?? "", "logout": chrome.logoutAction.map { $0 + chrome.query } ?? "", "hasLogout": chrome.logoutAction != nil,
            "css": Self.stylesheetPath,
            "otherHref": other == .en ? chrome.path + separator + "lang=en" : chrome.path,
            "otherLang": other.rawValue,
            "otherLabel": other == .en ? "English" : "Bahasa Indonesia",
        ]
        return library.render(layout, withTemplate: "layout") ?? ""
    }

    /// A page response (`text/html; charset=utf-8`).
    public func page(_ template: String, title: String, values: [String: Any], chrome: PageChrome,
                     status: HTTPResponse.Status = .ok) -> Response {
        Self.htmlResponse(html(template, title: title, values: values, chrome: chrome), status: status)
    }

    /// The error page of `error` in `chrome`'s language.
    public func errorPage(_ error: WebError, chrome: PageChrome) -> Response {
        let words = Messages(chrome.language)
        let title = words.text("web.error.title", ["status": String(error.status.code)])
        let values: [String: Any] = ["status": error.status.code, "message": words.text(error.key, error.values),
                                     "detail": error.detail, "hasDetail": !error.detail.isEmpty, "home": "/" + chrome.query]
        var response = page("error", title: title, values: values, chrome: chrome, status: error.status)
        if error.status == .tooManyRequests { response.headers[.retryAfter] = "900" }
        return response
    }

    public static func htmlResponse(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    static let layout = """
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} — {{siteName}}</title>
    <link rel="stylesheet" href="{{css}}">
    </head>
    <body class="site">
    <header class="site">
    <span class="brand">{{siteName}}</span>
    <nav aria-label="{{t.web.nav.label}}">{{#nav}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a> {{/nav}}</nav>
    <span class="who">{{user}}
    {{#hasLogout}}<form method="post" action="{{logout}}" class="inline"><input type="hidden" name="_csrf" value="{{csrf}}"><button type="submit">{{t.web.nav.logout}}</button></form>{{/hasLogout}}
    <a href="{{otherHref}}" hreflang="{{otherLang}}" lang="{{otherLang}}">{{otherLabel}}</a></span>
    </header>
    <main>
    <h1>{{title}}</h1>
    {{{content}}}
    </main>
    </body>
    </html>
    """

    static let errorTemplate = """
    <p class="error-message">{{message}}</p>
    {{#hasDetail}}<ul class="error-detail">{{#detail}}<li>{{.}}</li>{{/detail}}</ul>{{/hasDetail}}
    <p><a href="{{home}}">{{t.web.error.home}}</a></p>
    """

    static let webStylesheet = """

    body.site { max-width: 80rem; }
    header.site { display: flex; flex-wrap: wrap; gap: .8rem; align-items: center; border-bottom: 2px solid #d7d9dc;
                  padding-bottom: .5rem; margin-bottom: 1rem; }
    header.site .brand { font-weight: bold; font-size: 1.1rem; }
    header.site nav a { margin-right: .8rem; color: #0b57d0; }
    header.site nav a[aria-current] { font-weight: bold; color: #1f2328; text-decoration: none; }
    header.site .who { margin-left: auto; display: flex; gap: .6rem; align-items: center; }
    form.inline { display: inline; margin: 0; }
    form.stack label { display: block; margin: .5rem 0 .15rem; font-weight: bold; }
    form.stack input[type=text], form.stack input[type=password], form.stack input[type=date], form.stack input[type=number],
    form.stack select, form.stack textarea { width: 100%; max-width: 32rem; padding: .35rem; font: inherit; }
    form.stack button, form.filters button { margin-top: .7rem; }
    form.stack button { display: block; }
    form.filters { display: flex; flex-wrap: wrap; gap: .6rem; align-items: flex-end; margin: .4rem 0 .8rem; }
    form.filters label { display: flex; flex-direction: column; font-size: .85rem; }
    button { padding: .35rem .9rem; font: inherit; cursor: pointer; }
    .error-message { font-size: 1.1rem; color: #b3261e; }
    .notice { border-left: 4px solid #1b7f3b; padding: .4rem .8rem; background: #eef7f0; }
    .refused { border-left: 4px solid #b3261e; padding: .4rem .8rem; background: #fbeeee; }
    .mark { display: inline-block; min-width: 2.2rem; text-align: center; border-radius: 3px; font-size: .8rem; padding: 0 .2rem; }
    .mark.ok { background: #dff3e4; color: #1b5e20; } .mark.no { background: #fbe4e2; color: #8c1d18; } .mark.na { background: #eee; color: #555; }
    .hash { font-family: "DejaVu Sans Mono", monospace; font-size: .8rem; overflow-wrap: anywhere; }
    .overdue { color: #b3261e; font-weight: bold; }
    body.site th, body.site td { overflow-wrap: normal; word-break: normal; }
    body.site th { white-space: nowrap; }
    body.site td.marks { min-width: 14rem; }
    """
}
