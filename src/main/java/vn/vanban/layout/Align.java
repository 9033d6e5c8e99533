package vn.vanban.layout;

public enum Align {
    LEFT, CENTER, RIGHT, JUSTIFY
}
