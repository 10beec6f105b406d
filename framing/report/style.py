"""The report's inline CSS (no external files, fonts or scripts).

Colours follow the chart palette (Okabe–Ito), so a category or a speaker has
the same colour in the charts and in the article pages.
"""

from __future__ import annotations

from framing.charts.style import PALETTE

BASE_CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --bg: #ffffff; --panel: #f6f6f8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--ink); background: var(--bg); }
header { padding: 1.2rem 2rem 0.6rem; border-bottom: 1px solid var(--rule); }
header h1 { margin: 0 0 0.2rem; font-size: 1.5rem; }
header p { margin: 0; color: var(--muted); }
nav { position: sticky; top: 0; background: var(--bg); border-bottom: 1px solid var(--rule);
      padding: 0.4rem 2rem; z-index: 2; }
nav a { margin-right: 1.1rem; color: #0072B2; text-decoration: none; font-weight: 600; }
nav a:hover { text-decoration: underline; }
main { padding: 0 2rem 3rem; max-width: 1200px; }
section { padding-top: 1rem; border-bottom: 1px solid var(--rule); }
h2 { font-size: 1.25rem; margin: 0.8rem 0 0.4rem; }
h3 { font-size: 1rem; margin: 1rem 0 0.3rem; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; border: 1px solid var(--rule); }
figcaption { color: var(--muted); font-size: 0.9rem; }
.table-wrap { overflow-x: auto; max-height: 36rem; overflow-y: auto; border: 1px solid var(--rule); }
table { border-collapse: collapse; font-size: 0.86rem; width: 100%; }
th, td { padding: 0.25rem 0.55rem; border-bottom: 1px solid var(--rule); text-align: left;
         vertical-align: top; }
th { background: var(--panel); position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
p.empty { color: var(--muted); font-style: italic; }
.article { white-space: pre-wrap; font: 16px/1.7 Georgia, "Times New Roman", serif;
           max-width: 48rem; padding: 1rem 0; }
.v-headline { font-weight: bold; font-size: 1.2em; }
.v-direct_quote, .v-indirect_quote { border-bottom: 2px solid; padding-bottom: 1px; }
.v-indirect_quote { border-bottom-style: dashed; }
.v-crosslink { background: #eeeeee; font-style: italic; }
.who { font: 600 0.7em system-ui, sans-serif; color: #fff; border-radius: 3px;
       padding: 0 0.3em; margin-right: 0.2em; vertical-align: super; white-space: nowrap; }
mark.lt { color: inherit; border-radius: 2px; padding: 0 1px; }
.src { outline: 1px solid #000; outline-offset: 1px; }
.cue { text-decoration: underline wavy #5f6368; }
.men { text-decoration: underline dotted #0072B2; text-underline-offset: 3px; }
.xl { text-decoration: line-through #999999; }
.legend span { display: inline-block; margin: 0 0.8rem 0.3rem 0; font-size: 0.85rem; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; vertical-align: -0.1em;
          margin-right: 0.25em; border-radius: 2px; }
.meta { color: var(--muted); font-size: 0.9rem; }
"""


def _tint(hex_colour: str, alpha: str = "55") -> str:
    """A translucent version of a palette colour (for highlighted text backgrounds)."""
    return f"{hex_colour}{alpha}"


def category_css(n_categories: int) -> str:
    """Classes ``c0`` … ``cN`` colouring loaded terms (and legend swatches) by category.

    The palette has 8 colours; from the 9th category on, a dark underline tells
    categories of the same colour apart.
    """
    rules = []
    for k in range(n_categories):
        colour = PALETTE[k % len(PALETTE)]
        extra = " border-bottom: 2px solid #000;" if k >= len(PALETTE) else ""
        rules.append(f"mark.c{k} {{ background: {_tint(colour)};{extra} }}")
        rules.append(f".swatch.c{k} {{ background: {colour};{extra} }}")
    return "\n".join(rules)


def speaker_css() -> str:
    """Classes ``s0`` … ``s7`` colouring quotes and speaker badges by speaker."""
    return "\n".join(
        f".s{k} {{ border-color: {colour}; }} .who.s{k} {{ background: {colour}; }}"
        for k, colour in enumerate(PALETTE)
    )


def report_css(n_categories: int = 0) -> str:
    """The whole stylesheet."""
    return "\n".join([BASE_CSS, category_css(max(n_categories, 1)), speaker_css()])
