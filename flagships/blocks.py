"""The body of a flagship page: text, images with captions, key figures, quotes, video."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

# Headings from h2 down: the page title is the only h1.
TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        required=False,
        help_text=_("What the image shows, for people who cannot see it. Leave blank if purely decorative."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "flagships/blocks/image_with_caption.html"


class KeyFigureBlock(blocks.StructBlock):
    # A string, not a number: figures read "1.2 million" or "45 %" in each language.
    value = blocks.CharBlock(label=_("figure"), max_length=40)
    label = blocks.CharBlock(label=_("what it counts"), max_length=120)

    class Meta:
        icon = "order"
        label = _("Key figure")


class KeyFiguresBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(KeyFigureBlock(), **kwargs)

    class Meta:
        icon = "order"
        label = _("Key figures")
        template = "flagships/blocks/key_figures.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "flagships/blocks/quote.html"


class VideoEmbedBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video URL"), help_text=_("A YouTube or Vimeo address."))
    caption = blocks.CharBlock(label=_("caption"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "flagships/blocks/video_embed.html"


class FlagshipBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(label=_("Text"), features=TEXT_FEATURES)
    image = ImageWithCaptionBlock()
    key_figures = KeyFiguresBlock()
    quote = QuoteBlock()
    video = VideoEmbedBlock()
