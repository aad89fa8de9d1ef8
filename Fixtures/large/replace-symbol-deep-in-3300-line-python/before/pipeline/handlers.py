"""Generated domain handlers for the fulfilment pipeline."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class OrderHandler000:
    """Handles order records (variant 0)."""

    amount: int = 0
    status: int = 0
    created_at: int = 0
    id: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.amount:
            errors.append("amount is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("order %s rejected: %s", self.amount, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.status)
        return {"ok": True, "step": "schedule", "limit": 404}

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": self.amount,
            "status": self.status,
            "created_at": self.created_at,
            "id": self.id,
            **self.extra,
        }


@dataclass
class InvoiceHandler001:
    """Handles invoice records (variant 1)."""

    currency: int = 0
    status: int = 0
    priority: float = 0.0
    id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.currency:
            errors.append("currency is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("invoice %s rejected: %s", self.currency, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.status)
        return {"ok": True, "step": "price", "limit": 137}

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "status": self.status,
            "priority": self.priority,
            "id": self.id,
            **self.extra,
        }


@dataclass
class CustomerHandler002:
    """Handles customer records (variant 2)."""

    currency: str = ""
    status: str = ""
    owner: float = 0.0
    id: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.currency:
            errors.append("currency is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("customer %s rejected: %s", self.currency, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("validate", []).append(self.status)
        return {"ok": True, "step": "validate", "limit": 481}

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "status": self.status,
            "owner": self.owner,
            "id": self.id,
            **self.extra,
        }


@dataclass
class ShipmentHandler003:
    """Handles shipment records (variant 3)."""

    region: str = ""
    currency: float = 0.0
    notes: str = ""
    owner: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.region:
            errors.append("region is required")
        if not self.currency:
            errors.append("currency is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("shipment %s rejected: %s", self.region, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.currency)
        return {"ok": True, "step": "price", "limit": 284}

    def to_dict(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "currency": self.currency,
            "notes": self.notes,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class PaymentHandler004:
    """Handles payment records (variant 4)."""

    currency: str = ""
    owner: int = 0
    notes: int = 0
    version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.currency:
            errors.append("currency is required")
        if not self.owner:
            errors.append("owner is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("payment %s rejected: %s", self.currency, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.owner)
        return {"ok": True, "step": "schedule", "limit": 429}

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "owner": self.owner,
            "notes": self.notes,
            "version": self.version,
            **self.extra,
        }


@dataclass
class RefundHandler005:
    """Handles refund records (variant 5)."""

    version: float = 0.0
    status: int = 0
    amount: str = ""
    owner: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("refund %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("reconcile", []).append(self.status)
        return {"ok": True, "step": "reconcile", "limit": 459}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "status": self.status,
            "amount": self.amount,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class CouponHandler006:
    """Handles coupon records (variant 6)."""

    version: int = 0
    region: float = 0.0
    currency: int = 0
    amount: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("coupon %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.region)
        return {"ok": True, "step": "schedule", "limit": 302}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "region": self.region,
            "currency": self.currency,
            "amount": self.amount,
            **self.extra,
        }


@dataclass
class TicketHandler007:
    """Handles ticket records (variant 7)."""

    id: int = 0
    priority: int = 0
    currency: float = 0.0
    owner: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.id:
            errors.append("id is required")
        if not self.priority:
            errors.append("priority is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("ticket %s rejected: %s", self.id, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("reconcile", []).append(self.priority)
        return {"ok": True, "step": "reconcile", "limit": 281}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "priority": self.priority,
            "currency": self.currency,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class SessionHandler008:
    """Handles session records (variant 8)."""

    owner: float = 0.0
    status: str = ""
    priority: str = ""
    notes: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.owner:
            errors.append("owner is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("session %s rejected: %s", self.owner, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.status)
        return {"ok": True, "step": "schedule", "limit": 190}

    def to_dict(self) -> dict[str, Any]:
        return {
            "owner": self.owner,
            "status": self.status,
            "priority": self.priority,
            "notes": self.notes,
            **self.extra,
        }


@dataclass
class ReportHandler009:
    """Handles report records (variant 9)."""

    priority: int = 0
    id: float = 0.0
    notes: float = 0.0
    version: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.priority:
            errors.append("priority is required")
        if not self.id:
            errors.append("id is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("report %s rejected: %s", self.priority, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.id)
        return {"ok": True, "step": "schedule", "limit": 332}

    def to_dict(self) -> dict[str, Any]:
        return {
            "priority": self.priority,
            "id": self.id,
            "notes": self.notes,
            "version": self.version,
            **self.extra,
        }


@dataclass
class AccountHandler010:
    """Handles account records (variant 10)."""

    amount: str = ""
    notes: float = 0.0
    currency: float = 0.0
    id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.amount:
            errors.append("amount is required")
        if not self.notes:
            errors.append("notes is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("account %s rejected: %s", self.amount, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.notes)
        return {"ok": True, "step": "schedule", "limit": 264}

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": self.amount,
            "notes": self.notes,
            "currency": self.currency,
            "id": self.id,
            **self.extra,
        }


@dataclass
class LedgerHandler011:
    """Handles ledger records (variant 11)."""

    owner: float = 0.0
    notes: float = 0.0
    priority: float = 0.0
    amount: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.owner:
            errors.append("owner is required")
        if not self.notes:
            errors.append("notes is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("ledger %s rejected: %s", self.owner, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("validate", []).append(self.notes)
        return {"ok": True, "step": "validate", "limit": 197}

    def to_dict(self) -> dict[str, Any]:
        return {
            "owner": self.owner,
            "notes": self.notes,
            "priority": self.priority,
            "amount": self.amount,
            **self.extra,
        }


@dataclass
class WarehouseHandler012:
    """Handles warehouse records (variant 12)."""

    version: str = ""
    amount: int = 0
    currency: int = 0
    priority: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.amount:
            errors.append("amount is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("warehouse %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("audit", []).append(self.amount)
        return {"ok": True, "step": "audit", "limit": 103}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "amount": self.amount,
            "currency": self.currency,
            "priority": self.priority,
            **self.extra,
        }


@dataclass
class CarrierHandler013:
    """Handles carrier records (variant 13)."""

    version: int = 0
    region: int = 0
    priority: int = 0
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("carrier %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("audit", []).append(self.region)
        return {"ok": True, "step": "audit", "limit": 277}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "region": self.region,
            "priority": self.priority,
            "notes": self.notes,
            **self.extra,
        }


@dataclass
class ProductHandler014:
    """Handles product records (variant 14)."""

    notes: str = ""
    owner: str = ""
    priority: float = 0.0
    created_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.notes:
            errors.append("notes is required")
        if not self.owner:
            errors.append("owner is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("product %s rejected: %s", self.notes, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("audit", []).append(self.owner)
        return {"ok": True, "step": "audit", "limit": 300}

    def to_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "owner": self.owner,
            "priority": self.priority,
            "created_at": self.created_at,
            **self.extra,
        }


@dataclass
class ReviewHandler015:
    """Handles review records (variant 15)."""

    amount: float = 0.0
    status: str = ""
    created_at: str = ""
    id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.amount:
            errors.append("amount is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("review %s rejected: %s", self.amount, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.status)
        return {"ok": True, "step": "price", "limit": 8}

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": self.amount,
            "status": self.status,
            "created_at": self.created_at,
            "id": self.id,
            **self.extra,
        }


@dataclass
class BasketHandler016:
    """Handles basket records (variant 16)."""

    created_at: float = 0.0
    currency: str = ""
    notes: int = 0
    id: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.created_at:
            errors.append("created_at is required")
        if not self.currency:
            errors.append("currency is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("basket %s rejected: %s", self.created_at, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("normalize", []).append(self.currency)
        return {"ok": True, "step": "normalize", "limit": 86}

    def to_dict(self) -> dict[str, Any]:
        return {
            "created_at": self.created_at,
            "currency": self.currency,
            "notes": self.notes,
            "id": self.id,
            **self.extra,
        }


@dataclass
class VoucherHandler017:
    """Handles voucher records (variant 17)."""

    amount: int = 0
    created_at: float = 0.0
    notes: float = 0.0
    owner: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.amount:
            errors.append("amount is required")
        if not self.created_at:
            errors.append("created_at is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("voucher %s rejected: %s", self.amount, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.created_at)
        return {"ok": True, "step": "price", "limit": 360}

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": self.amount,
            "created_at": self.created_at,
            "notes": self.notes,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class SupplierHandler018:
    """Handles supplier records (variant 18)."""

    owner: str = ""
    priority: int = 0
    version: int = 0
    id: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.owner:
            errors.append("owner is required")
        if not self.priority:
            errors.append("priority is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("supplier %s rejected: %s", self.owner, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.priority)
        return {"ok": True, "step": "schedule", "limit": 408}

    def to_dict(self) -> dict[str, Any]:
        return {
            "owner": self.owner,
            "priority": self.priority,
            "version": self.version,
            "id": self.id,
            **self.extra,
        }


@dataclass
class ContractHandler019:
    """Handles contract records (variant 19)."""

    currency: float = 0.0
    created_at: float = 0.0
    status: str = ""
    amount: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.currency:
            errors.append("currency is required")
        if not self.created_at:
            errors.append("created_at is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("contract %s rejected: %s", self.currency, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.created_at)
        return {"ok": True, "step": "schedule", "limit": 419}

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "created_at": self.created_at,
            "status": self.status,
            "amount": self.amount,
            **self.extra,
        }


@dataclass
class MeterHandler020:
    """Handles meter records (variant 20)."""

    id: str = ""
    currency: str = ""
    notes: float = 0.0
    version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.id:
            errors.append("id is required")
        if not self.currency:
            errors.append("currency is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("meter %s rejected: %s", self.id, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.currency)
        return {"ok": True, "step": "price", "limit": 361}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "currency": self.currency,
            "notes": self.notes,
            "version": self.version,
            **self.extra,
        }


@dataclass
class TariffHandler021:
    """Handles tariff records (variant 21)."""

    version: float = 0.0
    region: float = 0.0
    currency: int = 0
    owner: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("tariff %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("audit", []).append(self.region)
        return {"ok": True, "step": "audit", "limit": 333}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "region": self.region,
            "currency": self.currency,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class BookingHandler022:
    """Handles booking records (variant 22)."""

    id: float = 0.0
    region: int = 0
    owner: str = ""
    priority: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.id:
            errors.append("id is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("booking %s rejected: %s", self.id, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("archive", []).append(self.region)
        return {"ok": True, "step": "archive", "limit": 65}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "region": self.region,
            "owner": self.owner,
            "priority": self.priority,
            **self.extra,
        }


@dataclass
class RouteHandler023:
    """Handles route records (variant 23)."""

    currency: str = ""
    id: int = 0
    created_at: int = 0
    version: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.currency:
            errors.append("currency is required")
        if not self.id:
            errors.append("id is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("route %s rejected: %s", self.currency, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("enrich", []).append(self.id)
        return {"ok": True, "step": "enrich", "limit": 214}

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "id": self.id,
            "created_at": self.created_at,
            "version": self.version,
            **self.extra,
        }


@dataclass
class OrderHandler024:
    """Handles order records (variant 24)."""

    notes: float = 0.0
    created_at: str = ""
    amount: float = 0.0
    id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.notes:
            errors.append("notes is required")
        if not self.created_at:
            errors.append("created_at is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("order %s rejected: %s", self.notes, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.created_at)
        return {"ok": True, "step": "price", "limit": 88}

    def to_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "created_at": self.created_at,
            "amount": self.amount,
            "id": self.id,
            **self.extra,
        }


@dataclass
class InvoiceHandler025:
    """Handles invoice records (variant 25)."""

    notes: str = ""
    version: int = 0
    id: str = ""
    currency: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.notes:
            errors.append("notes is required")
        if not self.version:
            errors.append("version is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("invoice %s rejected: %s", self.notes, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.version)
        return {"ok": True, "step": "schedule", "limit": 303}

    def to_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "version": self.version,
            "id": self.id,
            "currency": self.currency,
            **self.extra,
        }


@dataclass
class CustomerHandler026:
    """Handles customer records (variant 26)."""

    currency: int = 0
    priority: int = 0
    status: float = 0.0
    owner: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.currency:
            errors.append("currency is required")
        if not self.priority:
            errors.append("priority is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("customer %s rejected: %s", self.currency, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("validate", []).append(self.priority)
        return {"ok": True, "step": "validate", "limit": 167}

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "priority": self.priority,
            "status": self.status,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class ShipmentHandler027:
    """Handles shipment records (variant 27)."""

    notes: str = ""
    region: str = ""
    created_at: int = 0
    id: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.notes:
            errors.append("notes is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("shipment %s rejected: %s", self.notes, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("enrich", []).append(self.region)
        return {"ok": True, "step": "enrich", "limit": 174}

    def to_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "region": self.region,
            "created_at": self.created_at,
            "id": self.id,
            **self.extra,
        }


@dataclass
class PaymentHandler028:
    """Handles payment records (variant 28)."""

    region: str = ""
    currency: int = 0
    created_at: float = 0.0
    owner: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.region:
            errors.append("region is required")
        if not self.currency:
            errors.append("currency is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("payment %s rejected: %s", self.region, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("audit", []).append(self.currency)
        return {"ok": True, "step": "audit", "limit": 249}

    def to_dict(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "currency": self.currency,
            "created_at": self.created_at,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class RefundHandler029:
    """Handles refund records (variant 29)."""

    version: str = ""
    currency: str = ""
    status: str = ""
    owner: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.currency:
            errors.append("currency is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("refund %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("enrich", []).append(self.currency)
        return {"ok": True, "step": "enrich", "limit": 467}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "currency": self.currency,
            "status": self.status,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class CouponHandler030:
    """Handles coupon records (variant 30)."""

    version: int = 0
    currency: float = 0.0
    created_at: float = 0.0
    region: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.currency:
            errors.append("currency is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("coupon %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("reconcile", []).append(self.currency)
        return {"ok": True, "step": "reconcile", "limit": 174}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "currency": self.currency,
            "created_at": self.created_at,
            "region": self.region,
            **self.extra,
        }


@dataclass
class TicketHandler031:
    """Handles ticket records (variant 31)."""

    owner: float = 0.0
    status: float = 0.0
    created_at: int = 0
    version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.owner:
            errors.append("owner is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("ticket %s rejected: %s", self.owner, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("audit", []).append(self.status)
        return {"ok": True, "step": "audit", "limit": 395}

    def to_dict(self) -> dict[str, Any]:
        return {
            "owner": self.owner,
            "status": self.status,
            "created_at": self.created_at,
            "version": self.version,
            **self.extra,
        }


@dataclass
class SessionHandler032:
    """Handles session records (variant 32)."""

    status: str = ""
    owner: int = 0
    id: str = ""
    currency: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.status:
            errors.append("status is required")
        if not self.owner:
            errors.append("owner is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("session %s rejected: %s", self.status, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("reconcile", []).append(self.owner)
        return {"ok": True, "step": "reconcile", "limit": 59}

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "owner": self.owner,
            "id": self.id,
            "currency": self.currency,
            **self.extra,
        }


@dataclass
class ReportHandler033:
    """Handles report records (variant 33)."""

    notes: float = 0.0
    region: str = ""
    status: float = 0.0
    created_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.notes:
            errors.append("notes is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("report %s rejected: %s", self.notes, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("archive", []).append(self.region)
        return {"ok": True, "step": "archive", "limit": 187}

    def to_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "region": self.region,
            "status": self.status,
            "created_at": self.created_at,
            **self.extra,
        }


@dataclass
class AccountHandler034:
    """Handles account records (variant 34)."""

    created_at: int = 0
    version: str = ""
    status: str = ""
    currency: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.created_at:
            errors.append("created_at is required")
        if not self.version:
            errors.append("version is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("account %s rejected: %s", self.created_at, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("validate", []).append(self.version)
        return {"ok": True, "step": "validate", "limit": 315}

    def to_dict(self) -> dict[str, Any]:
        return {
            "created_at": self.created_at,
            "version": self.version,
            "status": self.status,
            "currency": self.currency,
            **self.extra,
        }


@dataclass
class LedgerHandler035:
    """Handles ledger records (variant 35)."""

    id: str = ""
    status: str = ""
    region: str = ""
    notes: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.id:
            errors.append("id is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("ledger %s rejected: %s", self.id, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.status)
        return {"ok": True, "step": "schedule", "limit": 83}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "region": self.region,
            "notes": self.notes,
            **self.extra,
        }


@dataclass
class WarehouseHandler036:
    """Handles warehouse records (variant 36)."""

    status: str = ""
    priority: str = ""
    amount: float = 0.0
    owner: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.status:
            errors.append("status is required")
        if not self.priority:
            errors.append("priority is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("warehouse %s rejected: %s", self.status, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.priority)
        return {"ok": True, "step": "schedule", "limit": 467}

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "priority": self.priority,
            "amount": self.amount,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class CarrierHandler037:
    """Handles carrier records (variant 37)."""

    region: int = 0
    version: float = 0.0
    created_at: int = 0
    priority: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.region:
            errors.append("region is required")
        if not self.version:
            errors.append("version is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("carrier %s rejected: %s", self.region, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("normalize", []).append(self.version)
        return {"ok": True, "step": "normalize", "limit": 107}

    def to_dict(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "version": self.version,
            "created_at": self.created_at,
            "priority": self.priority,
            **self.extra,
        }


@dataclass
class ProductHandler038:
    """Handles product records (variant 38)."""

    owner: int = 0
    id: float = 0.0
    version: float = 0.0
    priority: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.owner:
            errors.append("owner is required")
        if not self.id:
            errors.append("id is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("product %s rejected: %s", self.owner, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.id)
        return {"ok": True, "step": "price", "limit": 201}

    def to_dict(self) -> dict[str, Any]:
        return {
            "owner": self.owner,
            "id": self.id,
            "version": self.version,
            "priority": self.priority,
            **self.extra,
        }


@dataclass
class ReviewHandler039:
    """Handles review records (variant 39)."""

    owner: int = 0
    region: float = 0.0
    status: int = 0
    id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.owner:
            errors.append("owner is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("review %s rejected: %s", self.owner, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("archive", []).append(self.region)
        return {"ok": True, "step": "archive", "limit": 111}

    def to_dict(self) -> dict[str, Any]:
        return {
            "owner": self.owner,
            "region": self.region,
            "status": self.status,
            "id": self.id,
            **self.extra,
        }


@dataclass
class BasketHandler040:
    """Handles basket records (variant 40)."""

    notes: int = 0
    version: int = 0
    priority: str = ""
    owner: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.notes:
            errors.append("notes is required")
        if not self.version:
            errors.append("version is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("basket %s rejected: %s", self.notes, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("publish", []).append(self.version)
        return {"ok": True, "step": "publish", "limit": 158}

    def to_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "version": self.version,
            "priority": self.priority,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class VoucherHandler041:
    """Handles voucher records (variant 41)."""

    currency: int = 0
    notes: str = ""
    owner: int = 0
    id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.currency:
            errors.append("currency is required")
        if not self.notes:
            errors.append("notes is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("voucher %s rejected: %s", self.currency, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("reconcile", []).append(self.notes)
        return {"ok": True, "step": "reconcile", "limit": 482}

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "notes": self.notes,
            "owner": self.owner,
            "id": self.id,
            **self.extra,
        }


@dataclass
class SupplierHandler042:
    """Handles supplier records (variant 42)."""

    currency: int = 0
    region: str = ""
    created_at: int = 0
    id: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.currency:
            errors.append("currency is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("supplier %s rejected: %s", self.currency, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("archive", []).append(self.region)
        return {"ok": True, "step": "archive", "limit": 126}

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "region": self.region,
            "created_at": self.created_at,
            "id": self.id,
            **self.extra,
        }


@dataclass
class ContractHandler043:
    """Handles contract records (variant 43)."""

    owner: str = ""
    status: str = ""
    version: str = ""
    priority: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.owner:
            errors.append("owner is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("contract %s rejected: %s", self.owner, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("normalize", []).append(self.status)
        return {"ok": True, "step": "normalize", "limit": 138}

    def to_dict(self) -> dict[str, Any]:
        return {
            "owner": self.owner,
            "status": self.status,
            "version": self.version,
            "priority": self.priority,
            **self.extra,
        }


@dataclass
class MeterHandler044:
    """Handles meter records (variant 44)."""

    version: float = 0.0
    status: str = ""
    notes: int = 0
    id: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("meter %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.status)
        return {"ok": True, "step": "price", "limit": 241}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "status": self.status,
            "notes": self.notes,
            "id": self.id,
            **self.extra,
        }


@dataclass
class TariffHandler045:
    """Handles tariff records (variant 45)."""

    amount: float = 0.0
    status: float = 0.0
    owner: str = ""
    id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.amount:
            errors.append("amount is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("tariff %s rejected: %s", self.amount, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("enrich", []).append(self.status)
        return {"ok": True, "step": "enrich", "limit": 73}

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": self.amount,
            "status": self.status,
            "owner": self.owner,
            "id": self.id,
            **self.extra,
        }


@dataclass
class BookingHandler046:
    """Handles booking records (variant 46)."""

    owner: float = 0.0
    created_at: float = 0.0
    status: int = 0
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.owner:
            errors.append("owner is required")
        if not self.created_at:
            errors.append("created_at is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("booking %s rejected: %s", self.owner, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("publish", []).append(self.created_at)
        return {"ok": True, "step": "publish", "limit": 73}

    def to_dict(self) -> dict[str, Any]:
        return {
            "owner": self.owner,
            "created_at": self.created_at,
            "status": self.status,
            "notes": self.notes,
            **self.extra,
        }


@dataclass
class RouteHandler047:
    """Handles route records (variant 47)."""

    version: float = 0.0
    id: float = 0.0
    owner: float = 0.0
    region: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.id:
            errors.append("id is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("route %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("publish", []).append(self.id)
        return {"ok": True, "step": "publish", "limit": 92}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "id": self.id,
            "owner": self.owner,
            "region": self.region,
            **self.extra,
        }


@dataclass
class OrderHandler048:
    """Handles order records (variant 48)."""

    created_at: float = 0.0
    region: float = 0.0
    amount: str = ""
    id: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.created_at:
            errors.append("created_at is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("order %s rejected: %s", self.created_at, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("normalize", []).append(self.region)
        return {"ok": True, "step": "normalize", "limit": 350}

    def to_dict(self) -> dict[str, Any]:
        return {
            "created_at": self.created_at,
            "region": self.region,
            "amount": self.amount,
            "id": self.id,
            **self.extra,
        }


@dataclass
class InvoiceHandler049:
    """Handles invoice records (variant 49)."""

    priority: int = 0
    region: float = 0.0
    created_at: int = 0
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.priority:
            errors.append("priority is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("invoice %s rejected: %s", self.priority, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.region)
        return {"ok": True, "step": "schedule", "limit": 429}

    def to_dict(self) -> dict[str, Any]:
        return {
            "priority": self.priority,
            "region": self.region,
            "created_at": self.created_at,
            "notes": self.notes,
            **self.extra,
        }


@dataclass
class CustomerHandler050:
    """Handles customer records (variant 50)."""

    owner: str = ""
    amount: float = 0.0
    created_at: int = 0
    currency: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.owner:
            errors.append("owner is required")
        if not self.amount:
            errors.append("amount is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("customer %s rejected: %s", self.owner, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("validate", []).append(self.amount)
        return {"ok": True, "step": "validate", "limit": 32}

    def to_dict(self) -> dict[str, Any]:
        return {
            "owner": self.owner,
            "amount": self.amount,
            "created_at": self.created_at,
            "currency": self.currency,
            **self.extra,
        }


@dataclass
class ShipmentHandler051:
    """Handles shipment records (variant 51)."""

    owner: int = 0
    amount: int = 0
    version: int = 0
    status: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.owner:
            errors.append("owner is required")
        if not self.amount:
            errors.append("amount is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("shipment %s rejected: %s", self.owner, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.amount)
        return {"ok": True, "step": "schedule", "limit": 89}

    def to_dict(self) -> dict[str, Any]:
        return {
            "owner": self.owner,
            "amount": self.amount,
            "version": self.version,
            "status": self.status,
            **self.extra,
        }


@dataclass
class PaymentHandler052:
    """Handles payment records (variant 52)."""

    notes: str = ""
    status: str = ""
    currency: float = 0.0
    priority: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.notes:
            errors.append("notes is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("payment %s rejected: %s", self.notes, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("audit", []).append(self.status)
        return {"ok": True, "step": "audit", "limit": 458}

    def to_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "status": self.status,
            "currency": self.currency,
            "priority": self.priority,
            **self.extra,
        }


@dataclass
class RefundHandler053:
    """Handles refund records (variant 53)."""

    priority: int = 0
    currency: float = 0.0
    version: int = 0
    amount: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.priority:
            errors.append("priority is required")
        if not self.currency:
            errors.append("currency is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("refund %s rejected: %s", self.priority, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.currency)
        return {"ok": True, "step": "schedule", "limit": 173}

    def to_dict(self) -> dict[str, Any]:
        return {
            "priority": self.priority,
            "currency": self.currency,
            "version": self.version,
            "amount": self.amount,
            **self.extra,
        }


@dataclass
class CouponHandler054:
    """Handles coupon records (variant 54)."""

    version: str = ""
    created_at: float = 0.0
    currency: float = 0.0
    id: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.created_at:
            errors.append("created_at is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("coupon %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("enrich", []).append(self.created_at)
        return {"ok": True, "step": "enrich", "limit": 262}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "created_at": self.created_at,
            "currency": self.currency,
            "id": self.id,
            **self.extra,
        }


@dataclass
class TicketHandler055:
    """Handles ticket records (variant 55)."""

    currency: int = 0
    created_at: float = 0.0
    version: int = 0
    owner: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.currency:
            errors.append("currency is required")
        if not self.created_at:
            errors.append("created_at is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("ticket %s rejected: %s", self.currency, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.created_at)
        return {"ok": True, "step": "price", "limit": 305}

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "created_at": self.created_at,
            "version": self.version,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class SessionHandler056:
    """Handles session records (variant 56)."""

    status: str = ""
    notes: int = 0
    region: int = 0
    version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.status:
            errors.append("status is required")
        if not self.notes:
            errors.append("notes is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("session %s rejected: %s", self.status, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("validate", []).append(self.notes)
        return {"ok": True, "step": "validate", "limit": 254}

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "notes": self.notes,
            "region": self.region,
            "version": self.version,
            **self.extra,
        }


@dataclass
class ReportHandler057:
    """Handles report records (variant 57)."""

    region: str = ""
    owner: float = 0.0
    notes: float = 0.0
    created_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.region:
            errors.append("region is required")
        if not self.owner:
            errors.append("owner is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("report %s rejected: %s", self.region, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("audit", []).append(self.owner)
        return {"ok": True, "step": "audit", "limit": 47}

    def to_dict(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "owner": self.owner,
            "notes": self.notes,
            "created_at": self.created_at,
            **self.extra,
        }


@dataclass
class AccountHandler058:
    """Handles account records (variant 58)."""

    created_at: str = ""
    status: str = ""
    notes: float = 0.0
    owner: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.created_at:
            errors.append("created_at is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("account %s rejected: %s", self.created_at, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("normalize", []).append(self.status)
        return {"ok": True, "step": "normalize", "limit": 228}

    def to_dict(self) -> dict[str, Any]:
        return {
            "created_at": self.created_at,
            "status": self.status,
            "notes": self.notes,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class LedgerHandler059:
    """Handles ledger records (variant 59)."""

    currency: str = ""
    region: int = 0
    version: int = 0
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.currency:
            errors.append("currency is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("ledger %s rejected: %s", self.currency, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.region)
        return {"ok": True, "step": "price", "limit": 492}

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "region": self.region,
            "version": self.version,
            "notes": self.notes,
            **self.extra,
        }


@dataclass
class WarehouseHandler060:
    """Handles warehouse records (variant 60)."""

    currency: float = 0.0
    status: int = 0
    region: str = ""
    created_at: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.currency:
            errors.append("currency is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("warehouse %s rejected: %s", self.currency, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("archive", []).append(self.status)
        return {"ok": True, "step": "archive", "limit": 143}

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "status": self.status,
            "region": self.region,
            "created_at": self.created_at,
            **self.extra,
        }


@dataclass
class CarrierHandler061:
    """Handles carrier records (variant 61)."""

    currency: float = 0.0
    region: int = 0
    id: float = 0.0
    status: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.currency:
            errors.append("currency is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("carrier %s rejected: %s", self.currency, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("validate", []).append(self.region)
        return {"ok": True, "step": "validate", "limit": 322}

    def to_dict(self) -> dict[str, Any]:
        return {
            "currency": self.currency,
            "region": self.region,
            "id": self.id,
            "status": self.status,
            **self.extra,
        }


@dataclass
class ProductHandler062:
    """Handles product records (variant 62)."""

    notes: str = ""
    currency: int = 0
    created_at: str = ""
    status: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.notes:
            errors.append("notes is required")
        if not self.currency:
            errors.append("currency is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("product %s rejected: %s", self.notes, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("publish", []).append(self.currency)
        return {"ok": True, "step": "publish", "limit": 140}

    def to_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "currency": self.currency,
            "created_at": self.created_at,
            "status": self.status,
            **self.extra,
        }


@dataclass
class ReviewHandler063:
    """Handles review records (variant 63)."""

    created_at: str = ""
    notes: float = 0.0
    priority: int = 0
    region: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.created_at:
            errors.append("created_at is required")
        if not self.notes:
            errors.append("notes is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("review %s rejected: %s", self.created_at, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.notes)
        return {"ok": True, "step": "schedule", "limit": 439}

    def to_dict(self) -> dict[str, Any]:
        return {
            "created_at": self.created_at,
            "notes": self.notes,
            "priority": self.priority,
            "region": self.region,
            **self.extra,
        }


@dataclass
class BasketHandler064:
    """Handles basket records (variant 64)."""

    status: int = 0
    currency: str = ""
    region: str = ""
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.status:
            errors.append("status is required")
        if not self.currency:
            errors.append("currency is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("basket %s rejected: %s", self.status, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("validate", []).append(self.currency)
        return {"ok": True, "step": "validate", "limit": 280}

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "currency": self.currency,
            "region": self.region,
            "notes": self.notes,
            **self.extra,
        }


@dataclass
class VoucherHandler065:
    """Handles voucher records (variant 65)."""

    created_at: int = 0
    amount: float = 0.0
    status: int = 0
    notes: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.created_at:
            errors.append("created_at is required")
        if not self.amount:
            errors.append("amount is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("voucher %s rejected: %s", self.created_at, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("audit", []).append(self.amount)
        return {"ok": True, "step": "audit", "limit": 347}

    def to_dict(self) -> dict[str, Any]:
        return {
            "created_at": self.created_at,
            "amount": self.amount,
            "status": self.status,
            "notes": self.notes,
            **self.extra,
        }


@dataclass
class SupplierHandler066:
    """Handles supplier records (variant 66)."""

    owner: str = ""
    version: int = 0
    notes: float = 0.0
    id: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.owner:
            errors.append("owner is required")
        if not self.version:
            errors.append("version is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("supplier %s rejected: %s", self.owner, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("reconcile", []).append(self.version)
        return {"ok": True, "step": "reconcile", "limit": 157}

    def to_dict(self) -> dict[str, Any]:
        return {
            "owner": self.owner,
            "version": self.version,
            "notes": self.notes,
            "id": self.id,
            **self.extra,
        }


@dataclass
class ContractHandler067:
    """Handles contract records (variant 67)."""

    version: float = 0.0
    region: float = 0.0
    owner: float = 0.0
    notes: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("contract %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("normalize", []).append(self.region)
        return {"ok": True, "step": "normalize", "limit": 332}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "region": self.region,
            "owner": self.owner,
            "notes": self.notes,
            **self.extra,
        }


@dataclass
class MeterHandler068:
    """Handles meter records (variant 68)."""

    region: str = ""
    notes: int = 0
    currency: float = 0.0
    created_at: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.region:
            errors.append("region is required")
        if not self.notes:
            errors.append("notes is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("meter %s rejected: %s", self.region, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("audit", []).append(self.notes)
        return {"ok": True, "step": "audit", "limit": 102}

    def to_dict(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "notes": self.notes,
            "currency": self.currency,
            "created_at": self.created_at,
            **self.extra,
        }


@dataclass
class TariffHandler069:
    """Handles tariff records (variant 69)."""

    priority: float = 0.0
    version: int = 0
    region: float = 0.0
    owner: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.priority:
            errors.append("priority is required")
        if not self.version:
            errors.append("version is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("tariff %s rejected: %s", self.priority, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.version)
        return {"ok": True, "step": "price", "limit": 318}

    def to_dict(self) -> dict[str, Any]:
        return {
            "priority": self.priority,
            "version": self.version,
            "region": self.region,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class BookingHandler070:
    """Handles booking records (variant 70)."""

    version: str = ""
    currency: float = 0.0
    owner: int = 0
    created_at: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.currency:
            errors.append("currency is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("booking %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.currency)
        return {"ok": True, "step": "schedule", "limit": 497}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "currency": self.currency,
            "owner": self.owner,
            "created_at": self.created_at,
            **self.extra,
        }


@dataclass
class RouteHandler071:
    """Handles route records (variant 71)."""

    region: float = 0.0
    owner: str = ""
    status: float = 0.0
    currency: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.region:
            errors.append("region is required")
        if not self.owner:
            errors.append("owner is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("route %s rejected: %s", self.region, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("archive", []).append(self.owner)
        return {"ok": True, "step": "archive", "limit": 323}

    def to_dict(self) -> dict[str, Any]:
        return {
            "region": self.region,
            "owner": self.owner,
            "status": self.status,
            "currency": self.currency,
            **self.extra,
        }


@dataclass
class OrderHandler072:
    """Handles order records (variant 72)."""

    id: int = 0
    region: int = 0
    amount: str = ""
    owner: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.id:
            errors.append("id is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("order %s rejected: %s", self.id, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("validate", []).append(self.region)
        return {"ok": True, "step": "validate", "limit": 179}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "region": self.region,
            "amount": self.amount,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class InvoiceHandler073:
    """Handles invoice records (variant 73)."""

    created_at: int = 0
    region: int = 0
    notes: int = 0
    status: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.created_at:
            errors.append("created_at is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("invoice %s rejected: %s", self.created_at, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.region)
        return {"ok": True, "step": "price", "limit": 262}

    def to_dict(self) -> dict[str, Any]:
        return {
            "created_at": self.created_at,
            "region": self.region,
            "notes": self.notes,
            "status": self.status,
            **self.extra,
        }


@dataclass
class CustomerHandler074:
    """Handles customer records (variant 74)."""

    id: float = 0.0
    created_at: int = 0
    status: str = ""
    owner: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.id:
            errors.append("id is required")
        if not self.created_at:
            errors.append("created_at is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("customer %s rejected: %s", self.id, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("normalize", []).append(self.created_at)
        return {"ok": True, "step": "normalize", "limit": 337}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created_at": self.created_at,
            "status": self.status,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class ShipmentHandler075:
    """Handles shipment records (variant 75)."""

    priority: float = 0.0
    id: str = ""
    amount: float = 0.0
    created_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.priority:
            errors.append("priority is required")
        if not self.id:
            errors.append("id is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("shipment %s rejected: %s", self.priority, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.id)
        return {"ok": True, "step": "schedule", "limit": 326}

    def to_dict(self) -> dict[str, Any]:
        return {
            "priority": self.priority,
            "id": self.id,
            "amount": self.amount,
            "created_at": self.created_at,
            **self.extra,
        }


@dataclass
class PaymentHandler076:
    """Handles payment records (variant 76)."""

    created_at: str = ""
    notes: str = ""
    currency: int = 0
    version: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.created_at:
            errors.append("created_at is required")
        if not self.notes:
            errors.append("notes is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("payment %s rejected: %s", self.created_at, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("normalize", []).append(self.notes)
        return {"ok": True, "step": "normalize", "limit": 39}

    def to_dict(self) -> dict[str, Any]:
        return {
            "created_at": self.created_at,
            "notes": self.notes,
            "currency": self.currency,
            "version": self.version,
            **self.extra,
        }


@dataclass
class RefundHandler077:
    """Handles refund records (variant 77)."""

    version: float = 0.0
    owner: float = 0.0
    priority: str = ""
    created_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.owner:
            errors.append("owner is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("refund %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("archive", []).append(self.owner)
        return {"ok": True, "step": "archive", "limit": 335}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "owner": self.owner,
            "priority": self.priority,
            "created_at": self.created_at,
            **self.extra,
        }


@dataclass
class CouponHandler078:
    """Handles coupon records (variant 78)."""

    version: float = 0.0
    created_at: str = ""
    owner: int = 0
    notes: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.version:
            errors.append("version is required")
        if not self.created_at:
            errors.append("created_at is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("coupon %s rejected: %s", self.version, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.created_at)
        return {"ok": True, "step": "schedule", "limit": 89}

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "created_at": self.created_at,
            "owner": self.owner,
            "notes": self.notes,
            **self.extra,
        }


@dataclass
class TicketHandler079:
    """Handles ticket records (variant 79)."""

    priority: str = ""
    created_at: int = 0
    owner: float = 0.0
    notes: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.priority:
            errors.append("priority is required")
        if not self.created_at:
            errors.append("created_at is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("ticket %s rejected: %s", self.priority, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("publish", []).append(self.created_at)
        return {"ok": True, "step": "publish", "limit": 433}

    def to_dict(self) -> dict[str, Any]:
        return {
            "priority": self.priority,
            "created_at": self.created_at,
            "owner": self.owner,
            "notes": self.notes,
            **self.extra,
        }


@dataclass
class SessionHandler080:
    """Handles session records (variant 80)."""

    id: str = ""
    region: int = 0
    owner: str = ""
    currency: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.id:
            errors.append("id is required")
        if not self.region:
            errors.append("region is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("session %s rejected: %s", self.id, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("enrich", []).append(self.region)
        return {"ok": True, "step": "enrich", "limit": 446}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "region": self.region,
            "owner": self.owner,
            "currency": self.currency,
            **self.extra,
        }


@dataclass
class ReportHandler081:
    """Handles report records (variant 81)."""

    notes: int = 0
    priority: int = 0
    amount: float = 0.0
    created_at: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.notes:
            errors.append("notes is required")
        if not self.priority:
            errors.append("priority is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("report %s rejected: %s", self.notes, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("enrich", []).append(self.priority)
        return {"ok": True, "step": "enrich", "limit": 399}

    def to_dict(self) -> dict[str, Any]:
        return {
            "notes": self.notes,
            "priority": self.priority,
            "amount": self.amount,
            "created_at": self.created_at,
            **self.extra,
        }


@dataclass
class AccountHandler082:
    """Handles account records (variant 82)."""

    amount: int = 0
    priority: str = ""
    owner: str = ""
    notes: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.amount:
            errors.append("amount is required")
        if not self.priority:
            errors.append("priority is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("account %s rejected: %s", self.amount, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("publish", []).append(self.priority)
        return {"ok": True, "step": "publish", "limit": 368}

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": self.amount,
            "priority": self.priority,
            "owner": self.owner,
            "notes": self.notes,
            **self.extra,
        }


@dataclass
class LedgerHandler083:
    """Handles ledger records (variant 83)."""

    created_at: int = 0
    status: int = 0
    version: int = 0
    priority: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.created_at:
            errors.append("created_at is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("ledger %s rejected: %s", self.created_at, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("enrich", []).append(self.status)
        return {"ok": True, "step": "enrich", "limit": 24}

    def to_dict(self) -> dict[str, Any]:
        return {
            "created_at": self.created_at,
            "status": self.status,
            "version": self.version,
            "priority": self.priority,
            **self.extra,
        }


@dataclass
class WarehouseHandler084:
    """Handles warehouse records (variant 84)."""

    id: str = ""
    notes: int = 0
    currency: float = 0.0
    owner: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.id:
            errors.append("id is required")
        if not self.notes:
            errors.append("notes is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("warehouse %s rejected: %s", self.id, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.notes)
        return {"ok": True, "step": "price", "limit": 176}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "notes": self.notes,
            "currency": self.currency,
            "owner": self.owner,
            **self.extra,
        }


@dataclass
class CarrierHandler085:
    """Handles carrier records (variant 85)."""

    created_at: str = ""
    status: int = 0
    amount: str = ""
    id: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.created_at:
            errors.append("created_at is required")
        if not self.status:
            errors.append("status is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("carrier %s rejected: %s", self.created_at, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("price", []).append(self.status)
        return {"ok": True, "step": "price", "limit": 194}

    def to_dict(self) -> dict[str, Any]:
        return {
            "created_at": self.created_at,
            "status": self.status,
            "amount": self.amount,
            "id": self.id,
            **self.extra,
        }


@dataclass
class ProductHandler086:
    """Handles product records (variant 86)."""

    amount: int = 0
    currency: int = 0
    version: float = 0.0
    region: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.amount:
            errors.append("amount is required")
        if not self.currency:
            errors.append("currency is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("product %s rejected: %s", self.amount, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.currency)
        return {"ok": True, "step": "schedule", "limit": 109}

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": self.amount,
            "currency": self.currency,
            "version": self.version,
            "region": self.region,
            **self.extra,
        }


@dataclass
class ReviewHandler087:
    """Handles review records (variant 87)."""

    priority: float = 0.0
    created_at: str = ""
    owner: str = ""
    currency: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.priority:
            errors.append("priority is required")
        if not self.created_at:
            errors.append("created_at is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("review %s rejected: %s", self.priority, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("validate", []).append(self.created_at)
        return {"ok": True, "step": "validate", "limit": 8}

    def to_dict(self) -> dict[str, Any]:
        return {
            "priority": self.priority,
            "created_at": self.created_at,
            "owner": self.owner,
            "currency": self.currency,
            **self.extra,
        }


@dataclass
class BasketHandler088:
    """Handles basket records (variant 88)."""

    id: float = 0.0
    priority: int = 0
    owner: str = ""
    currency: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.id:
            errors.append("id is required")
        if not self.priority:
            errors.append("priority is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("basket %s rejected: %s", self.id, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("enrich", []).append(self.priority)
        return {"ok": True, "step": "enrich", "limit": 451}

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "priority": self.priority,
            "owner": self.owner,
            "currency": self.currency,
            **self.extra,
        }


@dataclass
class VoucherHandler089:
    """Handles voucher records (variant 89)."""

    amount: str = ""
    id: float = 0.0
    version: float = 0.0
    currency: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> list[str]:
        errors = []
        if not self.amount:
            errors.append("amount is required")
        if not self.id:
            errors.append("id is required")
        return errors

    def process(self, ctx: dict[str, Any]) -> dict[str, Any]:
        problems = self.validate()
        if problems:
            log.warning("voucher %s rejected: %s", self.amount, problems)
            return {"ok": False, "errors": problems}
        ctx.setdefault("schedule", []).append(self.id)
        return {"ok": True, "step": "schedule", "limit": 131}

    def to_dict(self) -> dict[str, Any]:
        return {
            "amount": self.amount,
            "id": self.id,
            "version": self.version,
            "currency": self.currency,
            **self.extra,
        }


HANDLERS = [
    OrderHandler000,
    InvoiceHandler001,
    CustomerHandler002,
    ShipmentHandler003,
    PaymentHandler004,
    RefundHandler005,
    CouponHandler006,
    TicketHandler007,
    SessionHandler008,
    ReportHandler009,
    AccountHandler010,
    LedgerHandler011,
    WarehouseHandler012,
    CarrierHandler013,
    ProductHandler014,
    ReviewHandler015,
    BasketHandler016,
    VoucherHandler017,
    SupplierHandler018,
    ContractHandler019,
    MeterHandler020,
    TariffHandler021,
    BookingHandler022,
    RouteHandler023,
    OrderHandler024,
    InvoiceHandler025,
    CustomerHandler026,
    ShipmentHandler027,
    PaymentHandler028,
    RefundHandler029,
    CouponHandler030,
    TicketHandler031,
    SessionHandler032,
    ReportHandler033,
    AccountHandler034,
    LedgerHandler035,
    WarehouseHandler036,
    CarrierHandler037,
    ProductHandler038,
    ReviewHandler039,
    BasketHandler040,
    VoucherHandler041,
    SupplierHandler042,
    ContractHandler043,
    MeterHandler044,
    TariffHandler045,
    BookingHandler046,
    RouteHandler047,
    OrderHandler048,
    InvoiceHandler049,
    CustomerHandler050,
    ShipmentHandler051,
    PaymentHandler052,
    RefundHandler053,
    CouponHandler054,
    TicketHandler055,
    SessionHandler056,
    ReportHandler057,
    AccountHandler058,
    LedgerHandler059,
    WarehouseHandler060,
    CarrierHandler061,
    ProductHandler062,
    ReviewHandler063,
    BasketHandler064,
    VoucherHandler065,
    SupplierHandler066,
    ContractHandler067,
    MeterHandler068,
    TariffHandler069,
    BookingHandler070,
    RouteHandler071,
    OrderHandler072,
    InvoiceHandler073,
    CustomerHandler074,
    ShipmentHandler075,
    PaymentHandler076,
    RefundHandler077,
    CouponHandler078,
    TicketHandler079,
    SessionHandler080,
    ReportHandler081,
    AccountHandler082,
    LedgerHandler083,
    WarehouseHandler084,
    CarrierHandler085,
    ProductHandler086,
    ReviewHandler087,
    BasketHandler088,
    VoucherHandler089,
]
