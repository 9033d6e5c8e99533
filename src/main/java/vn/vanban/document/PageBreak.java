package vn.vanban.document;

public record PageBreak() implements Block {
}
