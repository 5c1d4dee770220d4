# ruff: noqa: E501 -- drawing coordinates and SVG paths read best on one line
"""Draw the demo's pictures into home/demo/pictures/ (development only).

    .venv/bin/python scripts/make_demo_pictures.py

The site never runs this: the JPEG files it makes are committed, and home/demo/pictures.py
loads them for the events and news demos. They are flat illustrations drawn with Pillow (a
Wagtail dependency) from plain shapes, made for this demo and dedicated to the public domain
(CC0 1.0, see home/demo/pictures/LICENSE). Drawn at twice the size and scaled down, so edges
are smooth; 1200 × 675 pixels (16:9), which Wagtail crops and scales for cards and pages.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "home" / "demo" / "pictures"
W, H = 1200, 675
S = 2  # drawn at twice the size

# A warm, calm palette shared by every picture.
INK = (38, 50, 72)
CREAM = (252, 246, 234)
SAND = (240, 222, 190)
PEACH = (244, 176, 132)
CORAL = (226, 108, 90)
RED = (196, 64, 60)
MUSTARD = (236, 184, 72)
LEAF = (96, 160, 112)
FOREST = (48, 112, 84)
SKY = (176, 214, 232)
SEA = (70, 150, 190)
NAVY = (30, 72, 120)
PLUM = (132, 84, 140)
WHITE = (255, 255, 255)
BROWN = (150, 100, 70)
GREY = (200, 204, 210)


class Canvas:
    """Coordinates in the final 1200 × 675 space; drawn at S times the size."""

    def __init__(self, top, bottom):
        self.image = Image.new("RGB", (W * S, H * S), top)
        self.draw = ImageDraw.Draw(self.image)
        for y in range(H * S):  # a soft vertical gradient
            t = y / (H * S)
            colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
            self.draw.line([(0, y), (W * S, y)], fill=colour)

    def _xy(self, points):
        return [(x * S, y * S) for x, y in points]

    def rect(self, x0, y0, x1, y1, fill, radius=0, outline=None, width=0):
        self.draw.rounded_rectangle(
            [x0 * S, y0 * S, x1 * S, y1 * S],
            radius=radius * S,
            fill=fill,
            outline=outline,
            width=width * S,
        )

    def ellipse(self, x0, y0, x1, y1, fill, outline=None, width=0):
        self.draw.ellipse(
            [x0 * S, y0 * S, x1 * S, y1 * S], fill=fill, outline=outline, width=width * S
        )

    def circle(self, cx, cy, r, fill, outline=None, width=0):
        self.ellipse(cx - r, cy - r, cx + r, cy + r, fill, outline, width)

    def poly(self, points, fill):
        self.draw.polygon(self._xy(points), fill=fill)

    def line(self, points, fill, width):
        self.draw.line(self._xy(points), fill=fill, width=width * S, joint="curve")

    def arc(self, x0, y0, x1, y1, start, end, fill, width):
        self.draw.arc([x0 * S, y0 * S, x1 * S, y1 * S], start, end, fill=fill, width=width * S)

    def save(self, name):
        image = self.image.resize((W, H), Image.LANCZOS)
        image = image.filter(ImageFilter.UnsharpMask(radius=1, percent=40, threshold=2))
        path = OUT / f"{name}.jpg"
        image.save(path, "JPEG", quality=82, optimize=True, progressive=True)
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KB")


# ---------------------------------------------------------------------------------- motifs


def speech_bubble(c, x, y, w, h, fill, tail_left=True, dots=INK):
    c.rect(x, y, x + w, y + h, fill, radius=h // 3)
    tx = x + w * 0.25 if tail_left else x + w * 0.75
    c.poly(
        [
            (tx - 18, y + h - 4),
            (tx + 18, y + h - 4),
            (tx - 26 if tail_left else tx + 26, y + h + 34),
        ],
        fill,
    )
    for i in range(3):
        c.circle(x + w / 2 + (i - 1) * 34, y + h / 2, 9, dots)


def cup(c, x, y, colour, saucer=WHITE):
    c.ellipse(x - 90, y + 92, x + 90, y + 122, saucer)
    c.rect(x - 62, y, x + 62, y + 100, colour, radius=22)
    c.arc(x + 40, y + 18, x + 100, y + 78, 270, 90, colour, 14)
    c.ellipse(x - 62, y - 14, x + 62, y + 14, (120, 72, 48))
    for i in (-20, 20):  # steam
        c.line(
            [(x + i, y - 30), (x + i - 12, y - 60), (x + i + 8, y - 90), (x + i - 4, y - 120)],
            WHITE,
            7,
        )


def table(c, y, colour=BROWN, top=None):
    c.rect(0, y, W, y + 26, top or colour)
    c.rect(0, y + 26, W, H, tuple(max(0, v - 30) for v in colour))


def person(c, x, y, scale, shirt, skin, hair):
    """A simple bust: head, hair, shoulders (no face, so nobody in particular)."""
    r = 46 * scale
    c.rect(
        x - 90 * scale,
        y + 60 * scale,
        x + 90 * scale,
        y + 260 * scale,
        shirt,
        radius=int(70 * scale),
    )
    c.circle(x, y, r, skin)
    c.ellipse(x - r, y - r - 6 * scale, x + r, y + 6 * scale, hair)


def book(c, x, y, w, h, colour, band=CREAM):
    c.rect(x, y, x + w, y + h, colour, radius=6)
    c.rect(x + 8, y + h * 0.25, x + w - 8, y + h * 0.25 + 10, band)
    c.rect(x + 8, y + h * 0.7, x + w - 8, y + h * 0.7 + 10, band)


def tree(c, x, ground, height, crown=LEAF):
    c.rect(x - 12, ground - height * 0.45, x + 12, ground, BROWN)
    c.circle(x, ground - height * 0.62, height * 0.3, crown)
    c.circle(x - height * 0.18, ground - height * 0.5, height * 0.22, crown)
    c.circle(x + height * 0.18, ground - height * 0.5, height * 0.22, crown)


def bunting(c, y, colours, sag=40):
    c.line([(0, y), (W / 2, y + sag), (W, y)], INK, 3)
    for i in range(13):
        x = 40 + i * 92
        t = x / W
        yy = y + sag * (1 - (2 * t - 1) ** 2)
        c.poly([(x - 26, yy), (x + 26, yy), (x, yy + 56)], colours[i % len(colours)])


def sun(c, x, y, r=60):
    c.circle(x, y, r + 30, (255, 236, 190))
    c.circle(x, y, r, MUSTARD)


def cloud(c, x, y, s=1.0):
    c.circle(x, y, 40 * s, WHITE)
    c.circle(x + 45 * s, y - 18 * s, 50 * s, WHITE)
    c.circle(x + 95 * s, y, 38 * s, WHITE)
    c.rect(x - 10 * s, y, x + 110 * s, y + 38 * s, WHITE, radius=int(18 * s))


# ---------------------------------------------------------------------------------- pictures


def sprachcafe():
    c = Canvas((255, 236, 214), PEACH)
    table(c, 500, BROWN, top=(176, 122, 84))
    speech_bubble(c, 140, 90, 300, 130, WHITE)
    speech_bubble(c, 700, 60, 330, 140, SKY, tail_left=False)
    speech_bubble(c, 480, 210, 220, 100, MUSTARD)
    cup(c, 330, 400, CORAL)
    cup(c, 800, 390, SEA)
    c.rect(520, 450, 640, 505, CREAM, radius=10)  # a small plate with a cake slice
    c.poly([(545, 470), (615, 470), (600, 430)], MUSTARD)
    c.save("sprachcafe")


def beratung():
    c = Canvas((226, 236, 244), SKY)
    c.rect(760, 60, 1080, 300, WHITE, radius=12)  # window
    c.rect(775, 75, 1065, 285, (200, 228, 240))
    c.line([(920, 75), (920, 285)], WHITE, 10)
    tree(c, 1000, 285, 160, LEAF)
    person(c, 330, 250, 1.0, PLUM, (198, 140, 104), INK)
    person(c, 620, 260, 0.95, SEA, (238, 196, 160), (110, 70, 40))
    table(c, 470, (120, 86, 64), top=(170, 124, 90))
    c.rect(380, 420, 560, 478, WHITE, radius=4)  # papers
    c.rect(400, 432, 540, 440, GREY)
    c.rect(400, 450, 510, 458, GREY)
    c.line([(600, 470), (680, 430)], NAVY, 8)  # pen
    cup(c, 170, 380, MUSTARD)
    c.save("beratung")


def fest():
    c = Canvas((255, 226, 196), (252, 200, 160))
    bunting(c, 40, [CORAL, MUSTARD, SEA, LEAF, PLUM])
    for i, colour in enumerate([CORAL, SEA, LEAF]):
        x = 90 + i * 370
        c.rect(x, 260, x + 300, 560, CREAM)
        stripes = [colour, WHITE]
        for k in range(6):
            c.rect(x - 10 + k * 53, 230, x + 43 + k * 53, 300, stripes[k % 2])
        c.rect(x + 20, 400, x + 280, 430, tuple(max(0, v - 40) for v in colour))
        for k in range(4):
            c.circle(x + 60 + k * 60, 385, 18, [MUSTARD, RED, LEAF, PEACH][k])
    c.rect(0, 560, W, H, (214, 180, 140))
    c.save("fest")


def schwimmen():
    c = Canvas(SKY, SEA)
    c.rect(0, 0, W, 120, (226, 240, 246))
    for i in range(1, 5):
        y = 120 + i * 110
        for x in range(0, W, 60):
            c.circle(x + 30, y, 10, [CORAL, WHITE][(x // 60) % 2])
    for row in range(6):
        y = 170 + row * 90
        pts = [(x, y + 10 * math.sin(x / 55 + row)) for x in range(0, W + 20, 20)]
        c.line(pts, (214, 238, 248), 5)
    c.circle(330, 280, 38, (198, 140, 104))  # a swimmer's head with a cap
    c.ellipse(290, 240, 370, 290, CORAL)
    c.line([(380, 300), (450, 250), (520, 290)], (198, 140, 104), 18)
    c.rect(900, 20, 930, 140, GREY)  # ladder
    c.rect(990, 20, 1020, 140, GREY)
    for y in (50, 90, 130):
        c.rect(900, y, 1020, y + 12, GREY)
    c.circle(760, 470, 70, WHITE)  # a swimming ring
    c.circle(760, 470, 38, SEA)
    for a in range(0, 360, 90):
        x0 = 760 + 54 * math.cos(math.radians(a + 45))
        y0 = 470 + 54 * math.sin(math.radians(a + 45))
        c.circle(x0, y0, 18, CORAL)
    c.save("schwimmen")


def buecher():
    c = Canvas((236, 232, 252), (208, 200, 240))
    c.rect(0, 520, W, H, (150, 110, 80))
    stack = [
        (420, 130, NAVY),
        (390, 110, CORAL),
        (440, 100, LEAF),
        (400, 90, MUSTARD),
        (360, 80, PLUM),
    ]
    y = 520
    for i, (w, h, colour) in enumerate(stack):
        x = 240 + (i % 2) * 30
        book(c, x, y - h, w, h, colour)
        y -= h
    c.rect(760, 300, 800, 520, BROWN)  # a lamp
    c.poly([(680, 300), (880, 300), (830, 200), (730, 200)], MUSTARD)
    c.ellipse(700, 505, 860, 535, INK)
    c.line([(880, 490), (1080, 420)], MUSTARD, 22)  # pencil
    c.poly([(1080, 420), (1120, 408), (1088, 440)], PEACH)
    c.rect(940, 450, 1150, 512, WHITE, radius=4)  # open notebook
    c.line([(1045, 452), (1045, 510)], GREY, 3)
    for k in range(3):
        c.line([(955, 466 + k * 14), (1030, 466 + k * 14)], GREY, 3)
    c.save("buecher")


def werkstatt():
    c = Canvas((232, 240, 236), (200, 222, 210))
    c.rect(0, 0, W, 330, (214, 226, 220))
    for x in range(80, 1150, 70):  # tool wall
        c.circle(x, 70, 5, GREY)
    c.line([(120, 80), (120, 220)], INK, 12)
    c.rect(100, 200, 140, 240, CORAL, radius=6)
    c.line([(220, 80), (250, 230)], INK, 10)
    c.circle(250, 240, 22, INK)
    c.circle(250, 240, 10, (214, 226, 220))
    c.rect(300, 80, 360, 220, MUSTARD, radius=8)
    c.rect(0, 560, W, H, (120, 120, 130))
    # a bicycle
    for cx in (420, 800):
        c.circle(cx, 450, 115, None, INK, 14)
        c.circle(cx, 450, 14, INK)
        for a in range(0, 180, 30):
            dx, dy = 105 * math.cos(math.radians(a)), 105 * math.sin(math.radians(a))
            c.line([(cx - dx, 450 - dy), (cx + dx, 450 + dy)], GREY, 3)
    frame = SEA
    c.line([(420, 450), (580, 450), (740, 300), (560, 300), (420, 450)], frame, 16)
    c.line([(580, 450), (540, 260)], frame, 16)
    c.line([(740, 300), (800, 450)], frame, 16)
    c.line([(740, 300), (720, 240), (780, 230)], INK, 12)
    c.rect(500, 245, 590, 268, INK, radius=10)
    c.circle(580, 450, 30, None, INK, 8)
    c.rect(950, 470, 1140, 560, RED, radius=10)  # toolbox
    c.rect(1000, 445, 1090, 470, INK, radius=8)
    c.save("werkstatt")


def fruehstueck():
    c = Canvas((255, 244, 226), (250, 220, 190))
    table(c, 430, (200, 150, 110), top=(224, 178, 138))
    c.rect(0, 430, W, 470, (236, 120, 110))  # tablecloth border
    for x in range(0, W, 60):
        c.rect(x, 430, x + 30, 470, CREAM)
    # teapot
    c.ellipse(180, 250, 400, 430, SEA)
    c.rect(260, 225, 320, 255, SEA, radius=8)
    c.circle(290, 220, 12, NAVY)
    c.poly([(390, 330), (470, 270), (480, 285), (400, 360)], SEA)
    c.arc(140, 290, 220, 390, 90, 270, SEA, 16)
    # bread basket
    c.ellipse(540, 360, 780, 440, (190, 140, 80))
    for k in range(3):
        c.ellipse(570 + k * 55, 320, 660 + k * 55, 390, [MUSTARD, PEACH, (210, 150, 90)][k])
    # fruit bowl
    c.circle(900, 360, 36, RED)
    c.circle(960, 350, 36, MUSTARD)
    c.circle(1020, 365, 34, LEAF)
    c.ellipse(850, 370, 1080, 440, CREAM)
    c.save("fruehstueck")


def fussball():
    c = Canvas(SKY, (220, 238, 246))
    cloud(c, 160, 110)
    cloud(c, 820, 80, 0.8)
    sun(c, 1060, 110)
    c.poly([(0, 300), (W, 300), (W, H), (0, H)], LEAF)
    for k in range(6):  # mown stripes
        x = k * 220
        c.poly([(x, 300), (x + 110, 300), (x + 70 + 60, H), (x - 40, H)], (108, 172, 120))
    c.line([(0, 470), (W, 470)], WHITE, 6)
    c.ellipse(420, 420, 780, 520, None, WHITE, 6)
    # goal
    c.line([(80, 420), (80, 250), (360, 250), (360, 420)], WHITE, 12)
    for x in range(100, 360, 26):
        c.line([(x, 255), (x, 415)], (230, 240, 236), 2)
    for y in range(270, 420, 26):
        c.line([(85, y), (355, y)], (230, 240, 236), 2)
    # ball
    c.circle(760, 560, 56, WHITE, INK, 4)
    for a in range(0, 360, 72):
        x0 = 760 + 34 * math.cos(math.radians(a - 90))
        y0 = 560 + 34 * math.sin(math.radians(a - 90))
        c.circle(x0, y0, 11, INK)
    c.circle(760, 560, 16, INK)
    c.save("fussball")


def garten():
    c = Canvas((214, 236, 246), (236, 244, 230))
    sun(c, 160, 120, 54)
    cloud(c, 880, 90, 0.9)
    c.rect(0, 380, W, H, (150, 110, 80))
    for row in range(3):
        y = 420 + row * 80
        c.rect(60, y, 1140, y + 34, (120, 86, 64), radius=14)
        for x in range(110, 1120, 110):
            kind = (x // 110 + row) % 3
            if kind == 0:
                c.ellipse(x - 34, y - 50, x + 34, y + 10, LEAF)
                c.ellipse(x - 10, y - 66, x + 10, y - 30, FOREST)
            elif kind == 1:
                c.line([(x, y), (x, y - 70)], FOREST, 6)
                c.circle(x, y - 78, 20, [CORAL, MUSTARD, PLUM][row])
                c.circle(x, y - 78, 8, MUSTARD if row != 1 else WHITE)
            else:
                c.ellipse(x - 40, y - 40, x + 40, y + 8, FOREST)
    for x in range(0, W, 46):  # fence
        c.rect(x, 270, x + 30, 380, CREAM, radius=6)
    c.rect(0, 300, W, 316, CREAM)
    c.rect(0, 346, W, 362, CREAM)
    # watering can
    c.rect(880, 470, 1020, 580, SEA, radius=14)
    c.poly([(1020, 500), (1110, 440), (1120, 456), (1020, 540)], SEA)
    c.arc(900, 430, 1000, 510, 180, 360, NAVY, 12)
    c.save("garten")


def kochen():
    c = Canvas((255, 238, 222), (246, 214, 196))
    c.rect(0, 0, W, 300, (238, 232, 224))
    for x in range(0, W, 80):  # tiles
        for y in range(0, 300, 80):
            c.rect(x + 4, y + 4, x + 76, y + 76, (246, 242, 236), radius=6)
    table(c, 470, (160, 120, 90), top=(196, 150, 110))
    # pot with steam
    c.rect(360, 280, 700, 470, (80, 96, 120), radius=30)
    c.rect(330, 300, 370, 330, (80, 96, 120), radius=10)
    c.rect(690, 300, 730, 330, (80, 96, 120), radius=10)
    c.ellipse(360, 262, 700, 300, (60, 72, 92))
    for i in (440, 530, 620):
        c.line([(i, 240), (i - 16, 190), (i + 10, 140), (i - 6, 90)], WHITE, 9)
    # vegetables
    c.circle(860, 430, 44, RED)
    c.ellipse(840, 372, 880, 392, LEAF)
    c.ellipse(930, 420, 1070, 470, PLUM)
    c.rect(1055, 432, 1085, 450, LEAF, radius=6)
    c.poly([(140, 450), (300, 420), (160, 470)], (236, 140, 60))  # carrot
    c.line([(140, 452), (110, 430)], LEAF, 8)
    c.line([(140, 452), (112, 456)], LEAF, 8)
    c.circle(250, 520, 0, WHITE)
    c.save("kochen")


def rathaus():
    c = Canvas((206, 228, 244), (236, 242, 248))
    cloud(c, 120, 110, 0.8)
    cloud(c, 950, 70, 1.0)
    c.rect(0, 560, W, H, (190, 196, 204))
    c.rect(300, 250, 900, 560, SAND)
    c.poly([(280, 250), (920, 250), (600, 150)], (186, 96, 80))
    c.rect(540, 60, 660, 250, SAND)  # tower
    c.poly([(530, 60), (670, 60), (600, -10)], (186, 96, 80))
    c.circle(600, 130, 36, WHITE, INK, 4)
    c.line([(600, 130), (600, 106)], INK, 4)
    c.line([(600, 130), (618, 138)], INK, 4)
    for row in range(2):
        for k in range(6):
            if row == 1 and k in (2, 3):
                continue
            x = 340 + k * 95
            y = 290 + row * 130
            c.rect(x, y, x + 56, y + 84, NAVY, radius=26)
            c.rect(x + 6, y + 6, x + 50, y + 78, (120, 168, 208), radius=22)
    c.rect(540, 430, 660, 560, (130, 80, 60), radius=50)  # door
    c.rect(500, 550, 700, 575, GREY)
    c.line([(600, -10), (600, -60)], INK, 4)
    c.poly([(600, -60), (650, -45), (600, -30)], CORAL)
    tree(c, 160, 560, 260, LEAF)
    tree(c, 1040, 560, 230, FOREST)
    c.save("rathaus")


def treffen():
    c = Canvas((232, 236, 250), (214, 222, 244))
    c.rect(140, 60, 520, 260, WHITE, radius=8)  # flipchart
    c.line([(180, 200), (260, 150), (340, 180), (460, 100)], CORAL, 10)
    c.rect(190, 210, 230, 240, SEA)
    c.rect(260, 190, 300, 240, MUSTARD)
    c.rect(330, 170, 370, 240, LEAF)
    rng = random.Random(7)
    shirts = [CORAL, SEA, LEAF, PLUM, MUSTARD, NAVY]
    skins = [(198, 140, 104), (238, 196, 160), (150, 100, 70), (224, 172, 130)]
    hairs = [INK, (110, 70, 40), (60, 40, 30), GREY]
    for k, x in enumerate((650, 820, 990)):
        person(c, x, 250 + rng.randint(-10, 10), 0.85, shirts[k], skins[k % 4], hairs[k % 4])
    c.ellipse(80, 430, 1120, 640, (170, 124, 90))  # oval table
    c.ellipse(80, 410, 1120, 620, (196, 150, 110))
    for x in (220, 420, 620, 820, 980):
        c.rect(x, 470, x + 110, 530, WHITE, radius=4)
        c.rect(x + 14, 484, x + 96, 490, GREY)
    cup(c, 340, 420, shirts[4], saucer=CREAM)
    c.save("treffen")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for draw in (
        sprachcafe,
        beratung,
        fest,
        schwimmen,
        buecher,
        werkstatt,
        fruehstueck,
        fussball,
        garten,
        kochen,
        rathaus,
        treffen,
    ):
        draw()


if __name__ == "__main__":
    main()
