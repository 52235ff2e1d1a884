from .home import ContactFactory, HomePageFactory, ThematicAreaFactory

__all__ = ["ContactFactory", "HomePageFactory", "ThematicAreaFactory"]
