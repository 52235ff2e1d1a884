from .choices import Frequency, ProjectStatus
from .ledger import Donation, DonationIntent, OfflineContribution, ProjectStatusChange
from .pages import (
    DonateAllocation,
    DonatePage,
    DonationProjectPage,
    DonationProjectReport,
    DonationReport,
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
    "OfflineContribution",
    "ProjectStatus",
    "ProjectStatusChange",
]
