"""The noise model adds only layout, records it, and looks like the extractions it imitates."""

from hypothesis import given, settings
from hypothesis import strategies as st
from models import seed_55_63_zh, seed_56_121

from unxml.render import to_text
from unxml.testing.noise import NoiseOptions, add_noise, content_words, noise_options, words

EN = seed_56_121()
ZH = seed_55_63_zh()


def test_no_noise_is_the_printed_text():
    assert add_noise(EN, NoiseOptions()).text == to_text(EN)
    assert add_noise(ZH, NoiseOptions()).text == to_text(ZH)


@settings(max_examples=60, deadline=None)
@given(noise_options("en"))
def test_layout_noise_keeps_every_word_and_records_what_it_adds(options):
    noisy = add_noise(EN, options)
    assert content_words(noisy) == words(noisy.clean)
    assert noisy.damaged == ()
    assert all(piece in noisy.text for piece in noisy.inserted)


@settings(max_examples=60, deadline=None)
@given(noise_options("zh"))
def test_chinese_layout_noise_keeps_every_character(options):
    noisy = add_noise(ZH, options)
    assert content_words(noisy) == words(noisy.clean)


@given(st.sampled_from([1, 4]))
def test_chinese_bold_phrases_and_formula_are_repeated(times):
    noisy = add_noise(ZH, NoiseOptions(bold_repeat=times))
    assert "\n\n" + "回顾" * times + "联合国千年宣言，¹其中" in noisy.text
    assert "\n\n" + "大会" * times + "，\n\n" in noisy.text
    assert "1. " + "赞赏地注意到" * times + "上述机构" in noisy.text


@settings(max_examples=40, deadline=None)
@given(noise_options("en", lossy=True))
def test_lossy_noise_damages_only_the_words_it_reports(options):
    noisy = add_noise(EN, options)
    lost = words(noisy.clean) - content_words(noisy)
    assert set(lost) <= set(words(" ".join(noisy.damaged)))


def test_chinese_lossy_noise_drops_punctuation():
    noisy = add_noise(ZH, NoiseOptions(lossy=True))
    assert "，" not in noisy.text and "；" not in noisy.text
    assert "联合国千年宣言 ¹其中" in noisy.text


def test_pages_look_like_pdftotext_output():
    options = NoiseOptions(
        width=70, page_lines=16, markers="detached", blank_lines="remove", num_on_own_line=True
    )
    text = add_noise(EN, options).text
    first_page, second_page, *_ = text.split("\f")
    # the footnote cited on the first page sits at its bottom, marker apart, before the footer
    assert "Declaration, 1 in which,\n" in first_page
    footer = "\n\n23-23443 (E)\n\n011223\n\n*2323443*\n"
    assert "\n__________________\n1\nSee resolution 55/2." + footer in first_page
    # the running header: short title and symbol; paragraph numbers on their own lines
    header = "Combating the criminal misuse of information technologies\n\nA/RES/56/121\n\n"
    assert second_page.startswith(header)
    assert "\n2.\nTakes note of the value;\n" in text
    assert text.endswith("\n__________________\n2\nSee Official Records, 2001.\n\n23-23443\n\n2/2\n\n")


def test_compound_words_break_after_their_hyphen():
    res = seed_56_121(title=("Follow-up to the outcome of the Millennium Summit",))
    text = add_noise(res, NoiseOptions(width=16)).text
    assert "56/121. Follow-\nup to the" in text


def test_cleaned_markdown_and_joined_masthead_like_the_seeds():
    text = add_noise(EN, NoiseOptions(markdown=True, masthead="joined")).text
    masthead = "United Nations A/RES/56/121\nGeneral Assembly\nDistr.: General 23 January 2002\n\n"
    assert text.startswith(masthead)
    assert "\n\nFifty-sixth session Agenda item 110\n\n" in text
    assert "\n\n- 1. *Invites* Member States;\n\n" in text
    assert "\n\n*Recalling* the United Nations" in text


def test_a_detached_citation_never_starts_a_line():
    """Bug 61: wrapping put a marker printed apart from its word alone at the top of the next
    page ("un un," / page break / "2"); a superscript is typeset against its word."""
    model = seed_56_121()
    cited = model.footnotes[0].marker
    for width in range(20, 80):
        noisy = add_noise(model, NoiseOptions(width=width, markers="detached"))
        body = noisy.text.split("__________________")[0]
        assert not [line for line in body.splitlines() if line.split(" ")[0] == cited], width


def test_a_chinese_line_never_starts_with_a_citation():
    """Bug 61 in Chinese: a line wrapped between "，" and its superscript ("，" / "²一；")."""
    model = seed_55_63_zh()
    superscripts = tuple("¹²³⁴⁵⁶⁷⁸⁹⁰")
    for width in range(10, 40):
        body = add_noise(model, NoiseOptions(width=width)).text.split(model.meeting.text)[0]
        assert not [line for line in body.splitlines() if line.startswith(superscripts)], width
