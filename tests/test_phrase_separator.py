"""An opening phrase followed by punctuation is printed and written without a space before it."""

from datetime import date

import unxml
from unxml.lang import language
from unxml.model import OperativeParagraph, PreambularParagraph, Resolution


def test_separator_depends_on_what_follows():
    assert language("en").separator_before(", in this connection") == ""
    assert language("en").separator_before("the approaches") == " "
    assert language("zh").separator_before("联合国") == ""
    assert language("ar").separator_before("، وإذ") == ""


def test_writer_and_renderer_attach_punctuation_to_the_phrase():
    res = Resolution(
        language="en",
        symbol="A/RES/56/19",
        session=56,
        number="56/19",
        title=("Developments in the field of information",),
        formula="The General Assembly,",
        preamble=(PreambularParagraph(phrase="Recalling", text=(", in this connection, the approaches",)),),
        body=(OperativeParagraph(num="1.", verb="Calls upon", text=("Member States;",)),),
        adoption_date=date(2001, 11, 29),
    )
    xml = unxml.to_xml(res).decode()
    assert '<span class="italic">Recalling</span>, in this connection' in xml
    assert "Recalling, in this connection, the approaches" in unxml.render.to_text(res)
    assert unxml.from_xml(xml.encode()) == res
