"""Calibration curves of `confidence.calibrate`: kind -> (slope, intercept) of a logistic
over the evidence score. Written by `benchmarks/calibrate.py` (splits: dev); do not edit by hand."""

CURVES: dict[str, tuple[float, float]] = {
    "people": (7.642, -2.923),
    "agreements": (2.061, -0.445),
    "bodies": (6.23, -3.095),
    "sessions": (10.844, -6.263),
    "quotes": (7.078, -3.413),
}
