"""The body of a story: the flagships' storytelling blocks (text, images with
captions, key figures, quotes, video), reused rather than defined twice."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from flagships.blocks import TEXT_FEATURES, ImageWithCaptionBlock, KeyFiguresBlock, QuoteBlock, VideoEmbedBlock


class StoryBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(label=_("Text"), features=TEXT_FEATURES)
    image = ImageWithCaptionBlock()
    key_figures = KeyFiguresBlock()
    quote = QuoteBlock()
    video = VideoEmbedBlock()
