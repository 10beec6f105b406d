"""One chart style for the whole report: Okabe–Ito colours, sizes, deterministic files.

matplotlib is imported inside functions only, so ``import framing`` stays light.
Figures are built with ``matplotlib.figure.Figure`` (no pyplot global state) and
saved with a fixed SVG hash salt and no date, so reruns are byte-identical.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Okabe & Ito (2008) colour-blind-safe palette, black last.
PALETTE = [
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow
    "#000000",  # black
]
#: Grey for "other" and missing values.
GREY = "#999999"
#: Pale grey for "none" (e.g. sources speaking for no known actor).
PALE = "#dddddd"
#: Sequential colour map for heatmaps (perceptually uniform, colour-blind safe).
SEQUENTIAL = "cividis"
#: Voice colours used in every chart and in the article pages.
VOICE_COLOURS = {"author": PALETTE[0], "quoted": PALETTE[1]}

_RC: Any = {
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.labelsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.axisbelow": True,
    # Outlet names and terms are data, never TeX: "$" must print as "$".
    "text.parse_math": False,
    "svg.hashsalt": "framing",
    "svg.fonttype": "none",
    "figure.dpi": 100,
    "savefig.dpi": 110,
}


def chart_style() -> AbstractContextManager[Any]:
    """The report's rcParams, as a context manager."""
    import matplotlib

    return matplotlib.rc_context(_RC)


def new_figure(width: float, height: float) -> Figure:
    """A figure of ``width`` × ``height`` inches, detached from pyplot."""
    from matplotlib.figure import Figure

    return Figure(figsize=(width, min(max(height, 2.0), 60.0)), layout="constrained")


def colour_for(index: int) -> str:
    """The palette colour for series ``index`` (cycling)."""
    return PALETTE[index % len(PALETTE)]


def save_figure(fig: Figure, stem: Path) -> tuple[Path, Path]:
    """Write ``stem``.png and ``stem``.svg reproducibly; returns both paths."""
    png = stem.with_suffix(".png")
    svg = stem.with_suffix(".svg")
    with chart_style():
        fig.savefig(png, format="png", metadata={"Software": None})
        # The layout is settled by the first save; freezing it halves the second save's work.
        fig.set_layout_engine("none")
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    return png, svg


def shorten(label: str, width: int = 32) -> str:
    """``label`` cut to ``width`` characters with an ellipsis, for axis ticks."""
    return label if len(label) <= width else label[: width - 1] + "…"
