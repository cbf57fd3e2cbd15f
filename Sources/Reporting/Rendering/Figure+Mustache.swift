import Mustache

extension Figure: MustacheCustomRenderable {
    public var renderText: String { description }
    public var isNull: Bool { false }
}
