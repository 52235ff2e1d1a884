"""The "read online" body: enough structure for a report's text, nothing more."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

BODY_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class SectionHeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "publications/blocks/section_heading.html"
        label = _("Section heading")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "publications/blocks/quote.html"
        label = _("Quote")


class PublicationBodyBlock(blocks.StreamBlock):
    heading = SectionHeadingBlock()
    paragraph = blocks.RichTextBlock(features=BODY_FEATURES, label=_("Paragraph"))
    image = ImageBlock(label=_("Image"))
    quote = QuoteBlock()
