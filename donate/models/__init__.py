from .choices import Frequency, ProjectStatus
from .ledger import (
    Donation,
    DonationIntent,
    InstallationSecret,
    OfflineContribution,
    ProjectStatusChange,
    RefusedEvent,
)
from .pages import (
    DonateAllocation,
    DonatePage,
    DonationProjectPage,
    DonationProjectReport,
    DonationReport,
    SuggestedAmounts,
)

__all__ = [
    "DonateAllocation",
    "DonatePage",
    "Donation",
    "DonationIntent",
    "DonationProjectPage",
    "DonationProjectReport",
    "DonationReport",
    "Frequency",
    "InstallationSecret",
    "OfflineContribution",
    "ProjectStatus",
    "ProjectStatusChange",
    "RefusedEvent",
    "SuggestedAmounts",
]
