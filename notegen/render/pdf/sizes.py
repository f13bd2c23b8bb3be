"""The sizes a printed insert comes in, and the A4 sheet that carries four A6 inserts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSize:
    """One insert format: the insert's own size, margin and type size; for N-up, the sheet that carries it.

    `band` is the height of the shop-coloured band along the top edge. `sheet` is set for formats that
    print several inserts on one sheet (`columns` x `rows` slots, filled row by row from the top left).
    """

    name: str
    width: float  # mm
    height: float  # mm
    margin: float  # mm
    font: float  # pt
    band: float = 2.5  # mm
    sheet: tuple[float, float] | None = None  # mm, for N-up
    columns: int = 1
    rows: int = 1

    @property
    def slots(self) -> int:
        """How many inserts one printed page carries."""
        return self.columns * self.rows


SIZES: dict[str, PageSize] = {
    "A6": PageSize("A6", 105, 148, 7, 8.5),
    "A5": PageSize("A5", 148, 210, 11, 10),
    "DL": PageSize("DL", 99, 210, 8, 9),
    "4x6": PageSize("4x6", 101.6, 152.4, 7, 8.5),
    "a4-4up": PageSize("a4-4up", 105, 148, 7, 8.5, sheet=(210, 297), columns=2, rows=2),
}
"""The insert sizes by the name `--size` takes; A6 is the default."""
