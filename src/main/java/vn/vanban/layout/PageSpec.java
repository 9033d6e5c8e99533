package vn.vanban.layout;

/** Paper and margins in millimetres, for one orientation. */
public record PageSpec(double widthMm, double heightMm, double topMm, double bottomMm, double leftMm, double rightMm,
                       double headerDistanceMm) {

    public double textWidthMm() {
        return widthMm - leftMm - rightMm;
    }

    public double textHeightMm() {
        return heightMm - topMm - bottomMm;
    }

    public PageSpec landscape() {
        return new PageSpec(heightMm, widthMm, topMm, bottomMm, leftMm, rightMm, headerDistanceMm);
    }
}
