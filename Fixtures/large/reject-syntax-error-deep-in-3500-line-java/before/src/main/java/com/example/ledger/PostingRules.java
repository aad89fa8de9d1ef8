package com.example.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Posting rules for every ledger account type. */
public final class PostingRules {

    private PostingRules() {
    }

    /** Posting rule for order entries, variant 0. */
    public static final class OrderPosting000 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5069)) < 0;
        }
    }

    /** Posting rule for invoice entries, variant 1. */
    public static final class InvoicePosting001 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6589)) < 0;
        }
    }

    /** Posting rule for customer entries, variant 2. */
    public static final class CustomerPosting002 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-2639)) < 0;
        }
    }

    /** Posting rule for shipment entries, variant 3. */
    public static final class ShipmentPosting003 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1189)) < 0;
        }
    }

    /** Posting rule for payment entries, variant 4. */
    public static final class PaymentPosting004 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6679)) < 0;
        }
    }

    /** Posting rule for refund entries, variant 5. */
    public static final class RefundPosting005 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4841)) < 0;
        }
    }

    /** Posting rule for coupon entries, variant 6. */
    public static final class CouponPosting006 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3736)) < 0;
        }
    }

    /** Posting rule for ticket entries, variant 7. */
    public static final class TicketPosting007 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-8892)) < 0;
        }
    }

    /** Posting rule for session entries, variant 8. */
    public static final class SessionPosting008 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4633)) < 0;
        }
    }

    /** Posting rule for report entries, variant 9. */
    public static final class ReportPosting009 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1839)) < 0;
        }
    }

    /** Posting rule for account entries, variant 10. */
    public static final class AccountPosting010 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3612)) < 0;
        }
    }

    /** Posting rule for ledger entries, variant 11. */
    public static final class LedgerPosting011 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4364)) < 0;
        }
    }

    /** Posting rule for warehouse entries, variant 12. */
    public static final class WarehousePosting012 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3269)) < 0;
        }
    }

    /** Posting rule for carrier entries, variant 13. */
    public static final class CarrierPosting013 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5176)) < 0;
        }
    }

    /** Posting rule for product entries, variant 14. */
    public static final class ProductPosting014 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6201)) < 0;
        }
    }

    /** Posting rule for review entries, variant 15. */
    public static final class ReviewPosting015 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5628)) < 0;
        }
    }

    /** Posting rule for basket entries, variant 16. */
    public static final class BasketPosting016 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6455)) < 0;
        }
    }

    /** Posting rule for voucher entries, variant 17. */
    public static final class VoucherPosting017 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4177)) < 0;
        }
    }

    /** Posting rule for supplier entries, variant 18. */
    public static final class SupplierPosting018 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4152)) < 0;
        }
    }

    /** Posting rule for contract entries, variant 19. */
    public static final class ContractPosting019 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4687)) < 0;
        }
    }

    /** Posting rule for meter entries, variant 20. */
    public static final class MeterPosting020 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5019)) < 0;
        }
    }

    /** Posting rule for tariff entries, variant 21. */
    public static final class TariffPosting021 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4883)) < 0;
        }
    }

    /** Posting rule for booking entries, variant 22. */
    public static final class BookingPosting022 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5207)) < 0;
        }
    }

    /** Posting rule for route entries, variant 23. */
    public static final class RoutePosting023 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3296)) < 0;
        }
    }

    /** Posting rule for order entries, variant 24. */
    public static final class OrderPosting024 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7042)) < 0;
        }
    }

    /** Posting rule for invoice entries, variant 25. */
    public static final class InvoicePosting025 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4821)) < 0;
        }
    }

    /** Posting rule for customer entries, variant 26. */
    public static final class CustomerPosting026 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7495)) < 0;
        }
    }

    /** Posting rule for shipment entries, variant 27. */
    public static final class ShipmentPosting027 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3921)) < 0;
        }
    }

    /** Posting rule for payment entries, variant 28. */
    public static final class PaymentPosting028 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4354)) < 0;
        }
    }

    /** Posting rule for refund entries, variant 29. */
    public static final class RefundPosting029 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1428)) < 0;
        }
    }

    /** Posting rule for coupon entries, variant 30. */
    public static final class CouponPosting030 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7680)) < 0;
        }
    }

    /** Posting rule for ticket entries, variant 31. */
    public static final class TicketPosting031 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4694)) < 0;
        }
    }

    /** Posting rule for session entries, variant 32. */
    public static final class SessionPosting032 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-8859)) < 0;
        }
    }

    /** Posting rule for report entries, variant 33. */
    public static final class ReportPosting033 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7820)) < 0;
        }
    }

    /** Posting rule for account entries, variant 34. */
    public static final class AccountPosting034 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5717)) < 0;
        }
    }

    /** Posting rule for ledger entries, variant 35. */
    public static final class LedgerPosting035 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3304)) < 0;
        }
    }

    /** Posting rule for warehouse entries, variant 36. */
    public static final class WarehousePosting036 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6863)) < 0;
        }
    }

    /** Posting rule for carrier entries, variant 37. */
    public static final class CarrierPosting037 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7327)) < 0;
        }
    }

    /** Posting rule for product entries, variant 38. */
    public static final class ProductPosting038 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3109)) < 0;
        }
    }

    /** Posting rule for review entries, variant 39. */
    public static final class ReviewPosting039 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7242)) < 0;
        }
    }

    /** Posting rule for basket entries, variant 40. */
    public static final class BasketPosting040 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5353)) < 0;
        }
    }

    /** Posting rule for voucher entries, variant 41. */
    public static final class VoucherPosting041 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3355)) < 0;
        }
    }

    /** Posting rule for supplier entries, variant 42. */
    public static final class SupplierPosting042 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1754)) < 0;
        }
    }

    /** Posting rule for contract entries, variant 43. */
    public static final class ContractPosting043 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3849)) < 0;
        }
    }

    /** Posting rule for meter entries, variant 44. */
    public static final class MeterPosting044 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3989)) < 0;
        }
    }

    /** Posting rule for tariff entries, variant 45. */
    public static final class TariffPosting045 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5524)) < 0;
        }
    }

    /** Posting rule for booking entries, variant 46. */
    public static final class BookingPosting046 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4866)) < 0;
        }
    }

    /** Posting rule for route entries, variant 47. */
    public static final class RoutePosting047 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-520)) < 0;
        }
    }

    /** Posting rule for order entries, variant 48. */
    public static final class OrderPosting048 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5950)) < 0;
        }
    }

    /** Posting rule for invoice entries, variant 49. */
    public static final class InvoicePosting049 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1453)) < 0;
        }
    }

    /** Posting rule for customer entries, variant 50. */
    public static final class CustomerPosting050 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5459)) < 0;
        }
    }

    /** Posting rule for shipment entries, variant 51. */
    public static final class ShipmentPosting051 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5388)) < 0;
        }
    }

    /** Posting rule for payment entries, variant 52. */
    public static final class PaymentPosting052 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5370)) < 0;
        }
    }

    /** Posting rule for refund entries, variant 53. */
    public static final class RefundPosting053 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6824)) < 0;
        }
    }

    /** Posting rule for coupon entries, variant 54. */
    public static final class CouponPosting054 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1373)) < 0;
        }
    }

    /** Posting rule for ticket entries, variant 55. */
    public static final class TicketPosting055 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3236)) < 0;
        }
    }

    /** Posting rule for session entries, variant 56. */
    public static final class SessionPosting056 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4884)) < 0;
        }
    }

    /** Posting rule for report entries, variant 57. */
    public static final class ReportPosting057 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4196)) < 0;
        }
    }

    /** Posting rule for account entries, variant 58. */
    public static final class AccountPosting058 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-2703)) < 0;
        }
    }

    /** Posting rule for ledger entries, variant 59. */
    public static final class LedgerPosting059 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-253)) < 0;
        }
    }

    /** Posting rule for warehouse entries, variant 60. */
    public static final class WarehousePosting060 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-833)) < 0;
        }
    }

    /** Posting rule for carrier entries, variant 61. */
    public static final class CarrierPosting061 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-2878)) < 0;
        }
    }

    /** Posting rule for product entries, variant 62. */
    public static final class ProductPosting062 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6042)) < 0;
        }
    }

    /** Posting rule for review entries, variant 63. */
    public static final class ReviewPosting063 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1690)) < 0;
        }
    }

    /** Posting rule for basket entries, variant 64. */
    public static final class BasketPosting064 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3495)) < 0;
        }
    }

    /** Posting rule for voucher entries, variant 65. */
    public static final class VoucherPosting065 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3506)) < 0;
        }
    }

    /** Posting rule for supplier entries, variant 66. */
    public static final class SupplierPosting066 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1072)) < 0;
        }
    }

    /** Posting rule for contract entries, variant 67. */
    public static final class ContractPosting067 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1005)) < 0;
        }
    }

    /** Posting rule for meter entries, variant 68. */
    public static final class MeterPosting068 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-2863)) < 0;
        }
    }

    /** Posting rule for tariff entries, variant 69. */
    public static final class TariffPosting069 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-2551)) < 0;
        }
    }

    /** Posting rule for booking entries, variant 70. */
    public static final class BookingPosting070 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-769)) < 0;
        }
    }

    /** Posting rule for route entries, variant 71. */
    public static final class RoutePosting071 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-8139)) < 0;
        }
    }

    /** Posting rule for order entries, variant 72. */
    public static final class OrderPosting072 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4180)) < 0;
        }
    }

    /** Posting rule for invoice entries, variant 73. */
    public static final class InvoicePosting073 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-682)) < 0;
        }
    }

    /** Posting rule for customer entries, variant 74. */
    public static final class CustomerPosting074 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-8771)) < 0;
        }
    }

    /** Posting rule for shipment entries, variant 75. */
    public static final class ShipmentPosting075 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6806)) < 0;
        }
    }

    /** Posting rule for payment entries, variant 76. */
    public static final class PaymentPosting076 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3381)) < 0;
        }
    }

    /** Posting rule for refund entries, variant 77. */
    public static final class RefundPosting077 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3405)) < 0;
        }
    }

    /** Posting rule for coupon entries, variant 78. */
    public static final class CouponPosting078 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7289)) < 0;
        }
    }

    /** Posting rule for ticket entries, variant 79. */
    public static final class TicketPosting079 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-8159)) < 0;
        }
    }

    /** Posting rule for session entries, variant 80. */
    public static final class SessionPosting080 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3689)) < 0;
        }
    }

    /** Posting rule for report entries, variant 81. */
    public static final class ReportPosting081 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7366)) < 0;
        }
    }

    /** Posting rule for account entries, variant 82. */
    public static final class AccountPosting082 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7109)) < 0;
        }
    }

    /** Posting rule for ledger entries, variant 83. */
    public static final class LedgerPosting083 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-8268)) < 0;
        }
    }

    /** Posting rule for warehouse entries, variant 84. */
    public static final class WarehousePosting084 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-618)) < 0;
        }
    }

    /** Posting rule for carrier entries, variant 85. */
    public static final class CarrierPosting085 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4267)) < 0;
        }
    }

    /** Posting rule for product entries, variant 86. */
    public static final class ProductPosting086 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4071)) < 0;
        }
    }

    /** Posting rule for review entries, variant 87. */
    public static final class ReviewPosting087 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3508)) < 0;
        }
    }

    /** Posting rule for basket entries, variant 88. */
    public static final class BasketPosting088 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6934)) < 0;
        }
    }

    /** Posting rule for voucher entries, variant 89. */
    public static final class VoucherPosting089 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-2421)) < 0;
        }
    }

    /** Posting rule for supplier entries, variant 90. */
    public static final class SupplierPosting090 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-940)) < 0;
        }
    }

    /** Posting rule for contract entries, variant 91. */
    public static final class ContractPosting091 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-2014)) < 0;
        }
    }

    /** Posting rule for meter entries, variant 92. */
    public static final class MeterPosting092 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6702)) < 0;
        }
    }

    /** Posting rule for tariff entries, variant 93. */
    public static final class TariffPosting093 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-763)) < 0;
        }
    }

    /** Posting rule for booking entries, variant 94. */
    public static final class BookingPosting094 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6448)) < 0;
        }
    }

    /** Posting rule for route entries, variant 95. */
    public static final class RoutePosting095 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7146)) < 0;
        }
    }

    /** Posting rule for order entries, variant 96. */
    public static final class OrderPosting096 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-2810)) < 0;
        }
    }

    /** Posting rule for invoice entries, variant 97. */
    public static final class InvoicePosting097 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4953)) < 0;
        }
    }

    /** Posting rule for customer entries, variant 98. */
    public static final class CustomerPosting098 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7820)) < 0;
        }
    }

    /** Posting rule for shipment entries, variant 99. */
    public static final class ShipmentPosting099 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5261)) < 0;
        }
    }

    /** Posting rule for payment entries, variant 100. */
    public static final class PaymentPosting100 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-8751)) < 0;
        }
    }

    /** Posting rule for refund entries, variant 101. */
    public static final class RefundPosting101 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4495)) < 0;
        }
    }

    /** Posting rule for coupon entries, variant 102. */
    public static final class CouponPosting102 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6525)) < 0;
        }
    }

    /** Posting rule for ticket entries, variant 103. */
    public static final class TicketPosting103 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1318)) < 0;
        }
    }

    /** Posting rule for session entries, variant 104. */
    public static final class SessionPosting104 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3233)) < 0;
        }
    }

    /** Posting rule for report entries, variant 105. */
    public static final class ReportPosting105 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6568)) < 0;
        }
    }

    /** Posting rule for account entries, variant 106. */
    public static final class AccountPosting106 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-2191)) < 0;
        }
    }

    /** Posting rule for ledger entries, variant 107. */
    public static final class LedgerPosting107 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1090)) < 0;
        }
    }

    /** Posting rule for warehouse entries, variant 108. */
    public static final class WarehousePosting108 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7711)) < 0;
        }
    }

    /** Posting rule for carrier entries, variant 109. */
    public static final class CarrierPosting109 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7836)) < 0;
        }
    }

    /** Posting rule for product entries, variant 110. */
    public static final class ProductPosting110 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6714)) < 0;
        }
    }

    /** Posting rule for review entries, variant 111. */
    public static final class ReviewPosting111 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3680)) < 0;
        }
    }

    /** Posting rule for basket entries, variant 112. */
    public static final class BasketPosting112 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3560)) < 0;
        }
    }

    /** Posting rule for voucher entries, variant 113. */
    public static final class VoucherPosting113 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-314)) < 0;
        }
    }

    /** Posting rule for supplier entries, variant 114. */
    public static final class SupplierPosting114 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4316)) < 0;
        }
    }

    /** Posting rule for contract entries, variant 115. */
    public static final class ContractPosting115 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6584)) < 0;
        }
    }

    /** Posting rule for meter entries, variant 116. */
    public static final class MeterPosting116 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3742)) < 0;
        }
    }

    /** Posting rule for tariff entries, variant 117. */
    public static final class TariffPosting117 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-974)) < 0;
        }
    }

    /** Posting rule for booking entries, variant 118. */
    public static final class BookingPosting118 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-2752)) < 0;
        }
    }

    /** Posting rule for route entries, variant 119. */
    public static final class RoutePosting119 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-5517)) < 0;
        }
    }

    /** Posting rule for order entries, variant 120. */
    public static final class OrderPosting120 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7825)) < 0;
        }
    }

    /** Posting rule for invoice entries, variant 121. */
    public static final class InvoicePosting121 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7303)) < 0;
        }
    }

    /** Posting rule for customer entries, variant 122. */
    public static final class CustomerPosting122 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1394)) < 0;
        }
    }

    /** Posting rule for shipment entries, variant 123. */
    public static final class ShipmentPosting123 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1950)) < 0;
        }
    }

    /** Posting rule for payment entries, variant 124. */
    public static final class PaymentPosting124 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4309)) < 0;
        }
    }

    /** Posting rule for refund entries, variant 125. */
    public static final class RefundPosting125 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-2373)) < 0;
        }
    }

    /** Posting rule for coupon entries, variant 126. */
    public static final class CouponPosting126 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6040)) < 0;
        }
    }

    /** Posting rule for ticket entries, variant 127. */
    public static final class TicketPosting127 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-8668)) < 0;
        }
    }

    /** Posting rule for session entries, variant 128. */
    public static final class SessionPosting128 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-4965)) < 0;
        }
    }

    /** Posting rule for report entries, variant 129. */
    public static final class ReportPosting129 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1324)) < 0;
        }
    }

    /** Posting rule for account entries, variant 130. */
    public static final class AccountPosting130 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7534)) < 0;
        }
    }

    /** Posting rule for ledger entries, variant 131. */
    public static final class LedgerPosting131 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3464)) < 0;
        }
    }

    /** Posting rule for warehouse entries, variant 132. */
    public static final class WarehousePosting132 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6467)) < 0;
        }
    }

    /** Posting rule for carrier entries, variant 133. */
    public static final class CarrierPosting133 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-8073)) < 0;
        }
    }

    /** Posting rule for product entries, variant 134. */
    public static final class ProductPosting134 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1658)) < 0;
        }
    }

    /** Posting rule for review entries, variant 135. */
    public static final class ReviewPosting135 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-1975)) < 0;
        }
    }

    /** Posting rule for basket entries, variant 136. */
    public static final class BasketPosting136 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-6094)) < 0;
        }
    }

    /** Posting rule for voucher entries, variant 137. */
    public static final class VoucherPosting137 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(4, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7209)) < 0;
        }
    }

    /** Posting rule for supplier entries, variant 138. */
    public static final class SupplierPosting138 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(3, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-7378)) < 0;
        }
    }

    /** Posting rule for contract entries, variant 139. */
    public static final class ContractPosting139 {
        private final List<BigDecimal> entries = new ArrayList<>();

        public void add(BigDecimal amount) {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() == 0) {
                return;
            }
            entries.add(amount);
        }

        public BigDecimal balance() {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal e : entries) {
                sum = sum.add(e);
            }
            return sum.setScale(2, RoundingMode.HALF_EVEN);
        }

        public boolean overdrawn() {
            return balance().compareTo(BigDecimal.valueOf(-3308)) < 0;
        }
    }

}
