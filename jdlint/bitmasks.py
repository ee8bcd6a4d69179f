"""Bit masks of a posting's blocks (bit i: block i) built and read in time linear in the number of
blocks. A Python int is immutable, so ``mask |= 1 << i`` or ``mask >> i & 1`` at every block copies
or shifts the whole mask: over a 1 MB posting's 20,000 blocks that is quadratic (the rule regexes'
block loop took seconds). These build a mask once from its positions and list a mask's positions
from its binary digits. No imports of its own, so any module may use it."""
from __future__ import annotations

from typing import Iterable


def mask_of(positions: Iterable[int]) -> int:
    """The mask with the bits at ``positions`` set (each position >= 0; repeats allowed)."""
    positions = list(positions)
    if not positions:
        return 0
    octets = bytearray(max(positions) // 8 + 1)
    for i in positions:
        octets[i >> 3] |= 1 << (i & 7)
    return int.from_bytes(octets, "little")


def positions_of(mask: int) -> list[int]:
    """The positions of the set bits of ``mask`` (>= 0), ascending."""
    digits = bin(mask)[:1:-1]  # bit 0 first
    out = []
    find = digits.find
    i = find("1")
    while i >= 0:
        out.append(i)
        i = find("1", i + 1)
    return out
