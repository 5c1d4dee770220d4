# ruff: noqa: E501 -- alt texts are kept on one line
"""The demo's pictures (home/demo/pictures/, CC0, drawn by scripts/make_demo_pictures.py),
as Wagtail images with a German description, and their alt text in the languages the demo
translates pages into.

The events and news demos put them on most of their pages (not all: the fallback tile shows
too). A page's alt text is its `image_alt`, German here and translated with the page through
the demo's normal path (ALT_TRANSLATIONS joins each app's table of translations).
"""

from pathlib import Path

from django.core.files.images import ImageFile
from wagtail.images import get_image_model
from wagtail.models import Collection

FOLDER = Path(__file__).resolve().parent / "pictures"

# key: (title, German description = alt text)
PICTURES = {
    "sprachcafe": (
        "Sprachcafé (Illustration)",
        "Zwei dampfende Kaffeetassen und ein Stück Kuchen auf einem Holztisch, darüber drei Sprechblasen.",
    ),
    "beratung": (
        "Beratung (Illustration)",
        "Zwei Menschen sitzen an einem Tisch mit Unterlagen und einer Tasse, dahinter ein Fenster mit Baum.",
    ),
    "fest": ("Fest (Illustration)", "Drei bunte Marktstände unter einer Girlande aus Wimpeln."),
    "schwimmen": (
        "Schwimmen (Illustration)",
        "Ein Schwimmbecken mit Bahnleinen, eine Schwimmerin mit Badekappe und ein Rettungsring.",
    ),
    "buecher": (
        "Bücher (Illustration)",
        "Ein Stapel bunter Bücher neben einer Leselampe, einem Bleistift und einem offenen Heft.",
    ),
    "werkstatt": (
        "Werkstatt (Illustration)",
        "Ein Fahrrad in einer Werkstatt, an der Wand hängt Werkzeug, daneben ein roter Werkzeugkasten.",
    ),
    "fruehstueck": (
        "Frühstück (Illustration)",
        "Ein gedeckter Frühstückstisch mit Teekanne, Brotkorb und Obst.",
    ),
    "fussball": (
        "Fußball (Illustration)",
        "Ein Fußballplatz in der Sonne mit Tor, Mittelkreis und Ball.",
    ),
    "garten": (
        "Garten (Illustration)",
        "Gemüsebeete und Blumen hinter einem weißen Zaun, vorn eine Gießkanne.",
    ),
    "kochen": (
        "Kochen (Illustration)",
        "Ein dampfender Kochtopf auf dem Tisch, daneben Tomate, Aubergine und Möhre.",
    ),
    "rathaus": ("Rathaus (Illustration)", "Ein Rathaus mit Uhrturm zwischen zwei Bäumen."),
    "treffen": (
        "Netzwerktreffen (Illustration)",
        "Drei Menschen an einem ovalen Tisch mit Unterlagen, dahinter ein Flipchart mit einem Diagramm.",
    ),
}

# The alt texts in the languages the demo translates events and posts into (en, ar, uk).
ALT_TRANSLATIONS = {
    PICTURES["sprachcafe"][1]: {
        "en": "Two steaming coffee cups and a slice of cake on a wooden table, with three speech bubbles above them.",
        "ar": "فنجانا قهوة يتصاعد منهما البخار وقطعة كعك على طاولة خشبية، وفوقها ثلاث فقاعات كلام.",
        "uk": "Дві чашки гарячої кави та шматок пирога на дерев’яному столі, над ними три хмаринки з репліками.",
    },
    PICTURES["beratung"][1]: {
        "en": "Two people sit at a table with papers and a cup, a window with a tree behind them.",
        "ar": "شخصان يجلسان إلى طاولة عليها أوراق وفنجان، وخلفهما نافذة تطل على شجرة.",
        "uk": "Двоє людей сидять за столом із документами й чашкою, позаду вікно з деревом.",
    },
    PICTURES["fest"][1]: {
        "en": "Three colourful market stalls under a string of bunting.",
        "ar": "ثلاثة أكشاك سوق ملوّنة تحت حبل من الرايات الصغيرة.",
        "uk": "Три барвисті ятки під гірляндою з прапорців.",
    },
    PICTURES["schwimmen"][1]: {
        "en": "A swimming pool with lane ropes, a swimmer in a cap and a lifebuoy.",
        "ar": "مسبح بحبال تفصل الممرات، وسبّاحة بقبعة سباحة، وطوق نجاة.",
        "uk": "Басейн із доріжками, плавчиня в шапочці та рятувальний круг.",
    },
    PICTURES["buecher"][1]: {
        "en": "A stack of colourful books next to a reading lamp, a pencil and an open notebook.",
        "ar": "كومة من الكتب الملوّنة بجانب مصباح قراءة وقلم رصاص ودفتر مفتوح.",
        "uk": "Стос барвистих книжок біля настільної лампи, олівця та розгорнутого зошита.",
    },
    PICTURES["werkstatt"][1]: {
        "en": "A bicycle in a workshop, tools hanging on the wall and a red toolbox beside it.",
        "ar": "دراجة هوائية في ورشة، والأدوات معلّقة على الجدار، وبجانبها صندوق عدّة أحمر.",
        "uk": "Велосипед у майстерні, на стіні висять інструменти, поруч червона скринька з інструментами.",
    },
    PICTURES["fruehstueck"][1]: {
        "en": "A breakfast table with a teapot, a bread basket and fruit.",
        "ar": "طاولة فطور عليها إبريق شاي وسلة خبز وفواكه.",
        "uk": "Накритий до сніданку стіл із чайником, кошиком хліба та фруктами.",
    },
    PICTURES["fussball"][1]: {
        "en": "A football pitch in the sun with a goal, the centre circle and a ball.",
        "ar": "ملعب كرة قدم تحت الشمس فيه مرمى ودائرة الوسط وكرة.",
        "uk": "Футбольне поле на сонці з воротами, центральним колом і м’ячем.",
    },
    PICTURES["garten"][1]: {
        "en": "Vegetable beds and flowers behind a white fence, a watering can in front.",
        "ar": "أحواض خضار وزهور خلف سياج أبيض، وفي المقدمة مرشّة ماء.",
        "uk": "Грядки з овочами та квіти за білим парканом, попереду лійка.",
    },
    PICTURES["kochen"][1]: {
        "en": "A steaming pot on the table, with a tomato, an aubergine and a carrot beside it.",
        "ar": "قدر يتصاعد منه البخار على الطاولة، وبجانبه طماطم وباذنجان وجزر.",
        "uk": "Каструля з парою на столі, поруч помідор, баклажан і морква.",
    },
    PICTURES["rathaus"][1]: {
        "en": "A town hall with a clock tower between two trees.",
        "ar": "مبنى بلدية ببرج ساعة بين شجرتين.",
        "uk": "Ратуша з годинниковою вежею між двома деревами.",
    },
    PICTURES["treffen"][1]: {
        "en": "Three people at an oval table with papers, a flip chart with a diagram behind them.",
        "ar": "ثلاثة أشخاص إلى طاولة بيضاوية عليها أوراق، وخلفهم لوح ورقي عليه رسم بياني.",
        "uk": "Троє людей за овальним столом із паперами, позаду фліпчарт із діаграмою.",
    },
}


def picture(key):
    """The demo image `key` (made once, found again by its title), or None for no key."""
    if not key:
        return None
    title, description = PICTURES[key]
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    with open(FOLDER / f"{key}.jpg", "rb") as handle:
        return image_model.objects.create(
            title=title,
            description=description,
            collection=Collection.get_first_root_node(),
            file=ImageFile(handle, name=f"{key}.jpg"),
        )


def picture_fields(key):
    """The `image` and `image_alt` of a demo page showing picture `key` (none for None)."""
    if not key:
        return {}
    return {"image": picture(key), "image_alt": PICTURES[key][1]}
