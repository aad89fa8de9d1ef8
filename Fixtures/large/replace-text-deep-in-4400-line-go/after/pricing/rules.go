// Code generated for the conformance suite; hand-maintained since.

package pricing

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

var ErrNegative = errors.New("pricing: negative amount")

// OrderRule000 prices order lines (rule 0).
type OrderRule000 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p OrderRule000) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 4.0/100)
	total -= discount
	if total > 800 {
		total = 800
	}
	return math.Round(total*100) / 100, nil
}

func (p OrderRule000) String() string {
	return fmt.Sprintf("OrderRule000(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// InvoiceRule001 prices invoice lines (rule 1).
type InvoiceRule001 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p InvoiceRule001) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 6.0/100)
	total -= discount
	if total > 3007 {
		total = 3007
	}
	return math.Round(total*100) / 100, nil
}

func (p InvoiceRule001) String() string {
	return fmt.Sprintf("InvoiceRule001(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CustomerRule002 prices customer lines (rule 2).
type CustomerRule002 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CustomerRule002) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 11.0/100)
	total -= discount
	if total > 2574 {
		total = 2574
	}
	return math.Round(total*100) / 100, nil
}

func (p CustomerRule002) String() string {
	return fmt.Sprintf("CustomerRule002(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ShipmentRule003 prices shipment lines (rule 3).
type ShipmentRule003 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ShipmentRule003) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 17.0/100)
	total -= discount
	if total > 1788 {
		total = 1788
	}
	return math.Round(total*100) / 100, nil
}

func (p ShipmentRule003) String() string {
	return fmt.Sprintf("ShipmentRule003(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// PaymentRule004 prices payment lines (rule 4).
type PaymentRule004 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p PaymentRule004) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 39.0/100)
	total -= discount
	if total > 342 {
		total = 342
	}
	return math.Round(total*100) / 100, nil
}

func (p PaymentRule004) String() string {
	return fmt.Sprintf("PaymentRule004(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RefundRule005 prices refund lines (rule 5).
type RefundRule005 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RefundRule005) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 38.0/100)
	total -= discount
	if total > 1347 {
		total = 1347
	}
	return math.Round(total*100) / 100, nil
}

func (p RefundRule005) String() string {
	return fmt.Sprintf("RefundRule005(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CouponRule006 prices coupon lines (rule 6).
type CouponRule006 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CouponRule006) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 28.0/100)
	total -= discount
	if total > 3273 {
		total = 3273
	}
	return math.Round(total*100) / 100, nil
}

func (p CouponRule006) String() string {
	return fmt.Sprintf("CouponRule006(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TicketRule007 prices ticket lines (rule 7).
type TicketRule007 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TicketRule007) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 33.0/100)
	total -= discount
	if total > 3097 {
		total = 3097
	}
	return math.Round(total*100) / 100, nil
}

func (p TicketRule007) String() string {
	return fmt.Sprintf("TicketRule007(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SessionRule008 prices session lines (rule 8).
type SessionRule008 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SessionRule008) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 35.0/100)
	total -= discount
	if total > 3694 {
		total = 3694
	}
	return math.Round(total*100) / 100, nil
}

func (p SessionRule008) String() string {
	return fmt.Sprintf("SessionRule008(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReportRule009 prices report lines (rule 9).
type ReportRule009 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReportRule009) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 33.0/100)
	total -= discount
	if total > 2247 {
		total = 2247
	}
	return math.Round(total*100) / 100, nil
}

func (p ReportRule009) String() string {
	return fmt.Sprintf("ReportRule009(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// AccountRule010 prices account lines (rule 10).
type AccountRule010 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p AccountRule010) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 3.0/100)
	total -= discount
	if total > 274 {
		total = 274
	}
	return math.Round(total*100) / 100, nil
}

func (p AccountRule010) String() string {
	return fmt.Sprintf("AccountRule010(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// LedgerRule011 prices ledger lines (rule 11).
type LedgerRule011 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p LedgerRule011) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 24.0/100)
	total -= discount
	if total > 3858 {
		total = 3858
	}
	return math.Round(total*100) / 100, nil
}

func (p LedgerRule011) String() string {
	return fmt.Sprintf("LedgerRule011(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// WarehouseRule012 prices warehouse lines (rule 12).
type WarehouseRule012 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p WarehouseRule012) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 21.0/100)
	total -= discount
	if total > 3163 {
		total = 3163
	}
	return math.Round(total*100) / 100, nil
}

func (p WarehouseRule012) String() string {
	return fmt.Sprintf("WarehouseRule012(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CarrierRule013 prices carrier lines (rule 13).
type CarrierRule013 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CarrierRule013) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 28.0/100)
	total -= discount
	if total > 4356 {
		total = 4356
	}
	return math.Round(total*100) / 100, nil
}

func (p CarrierRule013) String() string {
	return fmt.Sprintf("CarrierRule013(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ProductRule014 prices product lines (rule 14).
type ProductRule014 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ProductRule014) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 11.0/100)
	total -= discount
	if total > 4641 {
		total = 4641
	}
	return math.Round(total*100) / 100, nil
}

func (p ProductRule014) String() string {
	return fmt.Sprintf("ProductRule014(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReviewRule015 prices review lines (rule 15).
type ReviewRule015 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReviewRule015) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 12.0/100)
	total -= discount
	if total > 1984 {
		total = 1984
	}
	return math.Round(total*100) / 100, nil
}

func (p ReviewRule015) String() string {
	return fmt.Sprintf("ReviewRule015(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BasketRule016 prices basket lines (rule 16).
type BasketRule016 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BasketRule016) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 15.0/100)
	total -= discount
	if total > 245 {
		total = 245
	}
	return math.Round(total*100) / 100, nil
}

func (p BasketRule016) String() string {
	return fmt.Sprintf("BasketRule016(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// VoucherRule017 prices voucher lines (rule 17).
type VoucherRule017 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p VoucherRule017) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 12.0/100)
	total -= discount
	if total > 2713 {
		total = 2713
	}
	return math.Round(total*100) / 100, nil
}

func (p VoucherRule017) String() string {
	return fmt.Sprintf("VoucherRule017(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SupplierRule018 prices supplier lines (rule 18).
type SupplierRule018 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SupplierRule018) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 12.0/100)
	total -= discount
	if total > 1169 {
		total = 1169
	}
	return math.Round(total*100) / 100, nil
}

func (p SupplierRule018) String() string {
	return fmt.Sprintf("SupplierRule018(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ContractRule019 prices contract lines (rule 19).
type ContractRule019 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ContractRule019) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 33.0/100)
	total -= discount
	if total > 4229 {
		total = 4229
	}
	return math.Round(total*100) / 100, nil
}

func (p ContractRule019) String() string {
	return fmt.Sprintf("ContractRule019(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// MeterRule020 prices meter lines (rule 20).
type MeterRule020 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p MeterRule020) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 24.0/100)
	total -= discount
	if total > 4258 {
		total = 4258
	}
	return math.Round(total*100) / 100, nil
}

func (p MeterRule020) String() string {
	return fmt.Sprintf("MeterRule020(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TariffRule021 prices tariff lines (rule 21).
type TariffRule021 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TariffRule021) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 36.0/100)
	total -= discount
	if total > 1539 {
		total = 1539
	}
	return math.Round(total*100) / 100, nil
}

func (p TariffRule021) String() string {
	return fmt.Sprintf("TariffRule021(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BookingRule022 prices booking lines (rule 22).
type BookingRule022 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BookingRule022) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 29.0/100)
	total -= discount
	if total > 3446 {
		total = 3446
	}
	return math.Round(total*100) / 100, nil
}

func (p BookingRule022) String() string {
	return fmt.Sprintf("BookingRule022(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RouteRule023 prices route lines (rule 23).
type RouteRule023 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RouteRule023) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 34.0/100)
	total -= discount
	if total > 3033 {
		total = 3033
	}
	return math.Round(total*100) / 100, nil
}

func (p RouteRule023) String() string {
	return fmt.Sprintf("RouteRule023(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// OrderRule024 prices order lines (rule 24).
type OrderRule024 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p OrderRule024) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 38.0/100)
	total -= discount
	if total > 2948 {
		total = 2948
	}
	return math.Round(total*100) / 100, nil
}

func (p OrderRule024) String() string {
	return fmt.Sprintf("OrderRule024(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// InvoiceRule025 prices invoice lines (rule 25).
type InvoiceRule025 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p InvoiceRule025) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 24.0/100)
	total -= discount
	if total > 3701 {
		total = 3701
	}
	return math.Round(total*100) / 100, nil
}

func (p InvoiceRule025) String() string {
	return fmt.Sprintf("InvoiceRule025(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CustomerRule026 prices customer lines (rule 26).
type CustomerRule026 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CustomerRule026) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 11.0/100)
	total -= discount
	if total > 3325 {
		total = 3325
	}
	return math.Round(total*100) / 100, nil
}

func (p CustomerRule026) String() string {
	return fmt.Sprintf("CustomerRule026(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ShipmentRule027 prices shipment lines (rule 27).
type ShipmentRule027 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ShipmentRule027) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 30.0/100)
	total -= discount
	if total > 4394 {
		total = 4394
	}
	return math.Round(total*100) / 100, nil
}

func (p ShipmentRule027) String() string {
	return fmt.Sprintf("ShipmentRule027(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// PaymentRule028 prices payment lines (rule 28).
type PaymentRule028 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p PaymentRule028) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 16.0/100)
	total -= discount
	if total > 4064 {
		total = 4064
	}
	return math.Round(total*100) / 100, nil
}

func (p PaymentRule028) String() string {
	return fmt.Sprintf("PaymentRule028(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RefundRule029 prices refund lines (rule 29).
type RefundRule029 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RefundRule029) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 18.0/100)
	total -= discount
	if total > 4130 {
		total = 4130
	}
	return math.Round(total*100) / 100, nil
}

func (p RefundRule029) String() string {
	return fmt.Sprintf("RefundRule029(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CouponRule030 prices coupon lines (rule 30).
type CouponRule030 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CouponRule030) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 33.0/100)
	total -= discount
	if total > 4272 {
		total = 4272
	}
	return math.Round(total*100) / 100, nil
}

func (p CouponRule030) String() string {
	return fmt.Sprintf("CouponRule030(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TicketRule031 prices ticket lines (rule 31).
type TicketRule031 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TicketRule031) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 23.0/100)
	total -= discount
	if total > 3774 {
		total = 3774
	}
	return math.Round(total*100) / 100, nil
}

func (p TicketRule031) String() string {
	return fmt.Sprintf("TicketRule031(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SessionRule032 prices session lines (rule 32).
type SessionRule032 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SessionRule032) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 30.0/100)
	total -= discount
	if total > 2923 {
		total = 2923
	}
	return math.Round(total*100) / 100, nil
}

func (p SessionRule032) String() string {
	return fmt.Sprintf("SessionRule032(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReportRule033 prices report lines (rule 33).
type ReportRule033 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReportRule033) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 37.0/100)
	total -= discount
	if total > 4617 {
		total = 4617
	}
	return math.Round(total*100) / 100, nil
}

func (p ReportRule033) String() string {
	return fmt.Sprintf("ReportRule033(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// AccountRule034 prices account lines (rule 34).
type AccountRule034 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p AccountRule034) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 30.0/100)
	total -= discount
	if total > 4036 {
		total = 4036
	}
	return math.Round(total*100) / 100, nil
}

func (p AccountRule034) String() string {
	return fmt.Sprintf("AccountRule034(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// LedgerRule035 prices ledger lines (rule 35).
type LedgerRule035 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p LedgerRule035) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 15.0/100)
	total -= discount
	if total > 2709 {
		total = 2709
	}
	return math.Round(total*100) / 100, nil
}

func (p LedgerRule035) String() string {
	return fmt.Sprintf("LedgerRule035(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// WarehouseRule036 prices warehouse lines (rule 36).
type WarehouseRule036 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p WarehouseRule036) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 11.0/100)
	total -= discount
	if total > 2246 {
		total = 2246
	}
	return math.Round(total*100) / 100, nil
}

func (p WarehouseRule036) String() string {
	return fmt.Sprintf("WarehouseRule036(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CarrierRule037 prices carrier lines (rule 37).
type CarrierRule037 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CarrierRule037) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 31.0/100)
	total -= discount
	if total > 2585 {
		total = 2585
	}
	return math.Round(total*100) / 100, nil
}

func (p CarrierRule037) String() string {
	return fmt.Sprintf("CarrierRule037(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ProductRule038 prices product lines (rule 38).
type ProductRule038 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ProductRule038) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 20.0/100)
	total -= discount
	if total > 4180 {
		total = 4180
	}
	return math.Round(total*100) / 100, nil
}

func (p ProductRule038) String() string {
	return fmt.Sprintf("ProductRule038(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReviewRule039 prices review lines (rule 39).
type ReviewRule039 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReviewRule039) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 36.0/100)
	total -= discount
	if total > 4291 {
		total = 4291
	}
	return math.Round(total*100) / 100, nil
}

func (p ReviewRule039) String() string {
	return fmt.Sprintf("ReviewRule039(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BasketRule040 prices basket lines (rule 40).
type BasketRule040 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BasketRule040) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 33.0/100)
	total -= discount
	if total > 4866 {
		total = 4866
	}
	return math.Round(total*100) / 100, nil
}

func (p BasketRule040) String() string {
	return fmt.Sprintf("BasketRule040(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// VoucherRule041 prices voucher lines (rule 41).
type VoucherRule041 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p VoucherRule041) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 27.0/100)
	total -= discount
	if total > 2604 {
		total = 2604
	}
	return math.Round(total*100) / 100, nil
}

func (p VoucherRule041) String() string {
	return fmt.Sprintf("VoucherRule041(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SupplierRule042 prices supplier lines (rule 42).
type SupplierRule042 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SupplierRule042) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 14.0/100)
	total -= discount
	if total > 4055 {
		total = 4055
	}
	return math.Round(total*100) / 100, nil
}

func (p SupplierRule042) String() string {
	return fmt.Sprintf("SupplierRule042(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ContractRule043 prices contract lines (rule 43).
type ContractRule043 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ContractRule043) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 33.0/100)
	total -= discount
	if total > 3053 {
		total = 3053
	}
	return math.Round(total*100) / 100, nil
}

func (p ContractRule043) String() string {
	return fmt.Sprintf("ContractRule043(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// MeterRule044 prices meter lines (rule 44).
type MeterRule044 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p MeterRule044) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 40.0/100)
	total -= discount
	if total > 667 {
		total = 667
	}
	return math.Round(total*100) / 100, nil
}

func (p MeterRule044) String() string {
	return fmt.Sprintf("MeterRule044(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TariffRule045 prices tariff lines (rule 45).
type TariffRule045 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TariffRule045) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 22.0/100)
	total -= discount
	if total > 118 {
		total = 118
	}
	return math.Round(total*100) / 100, nil
}

func (p TariffRule045) String() string {
	return fmt.Sprintf("TariffRule045(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BookingRule046 prices booking lines (rule 46).
type BookingRule046 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BookingRule046) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 13.0/100)
	total -= discount
	if total > 919 {
		total = 919
	}
	return math.Round(total*100) / 100, nil
}

func (p BookingRule046) String() string {
	return fmt.Sprintf("BookingRule046(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RouteRule047 prices route lines (rule 47).
type RouteRule047 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RouteRule047) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 4.0/100)
	total -= discount
	if total > 4755 {
		total = 4755
	}
	return math.Round(total*100) / 100, nil
}

func (p RouteRule047) String() string {
	return fmt.Sprintf("RouteRule047(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// OrderRule048 prices order lines (rule 48).
type OrderRule048 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p OrderRule048) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 4.0/100)
	total -= discount
	if total > 2287 {
		total = 2287
	}
	return math.Round(total*100) / 100, nil
}

func (p OrderRule048) String() string {
	return fmt.Sprintf("OrderRule048(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// InvoiceRule049 prices invoice lines (rule 49).
type InvoiceRule049 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p InvoiceRule049) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 38.0/100)
	total -= discount
	if total > 1906 {
		total = 1906
	}
	return math.Round(total*100) / 100, nil
}

func (p InvoiceRule049) String() string {
	return fmt.Sprintf("InvoiceRule049(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CustomerRule050 prices customer lines (rule 50).
type CustomerRule050 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CustomerRule050) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 7.0/100)
	total -= discount
	if total > 4329 {
		total = 4329
	}
	return math.Round(total*100) / 100, nil
}

func (p CustomerRule050) String() string {
	return fmt.Sprintf("CustomerRule050(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ShipmentRule051 prices shipment lines (rule 51).
type ShipmentRule051 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ShipmentRule051) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 9.0/100)
	total -= discount
	if total > 2227 {
		total = 2227
	}
	return math.Round(total*100) / 100, nil
}

func (p ShipmentRule051) String() string {
	return fmt.Sprintf("ShipmentRule051(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// PaymentRule052 prices payment lines (rule 52).
type PaymentRule052 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p PaymentRule052) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 16.0/100)
	total -= discount
	if total > 1774 {
		total = 1774
	}
	return math.Round(total*100) / 100, nil
}

func (p PaymentRule052) String() string {
	return fmt.Sprintf("PaymentRule052(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RefundRule053 prices refund lines (rule 53).
type RefundRule053 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RefundRule053) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 4.0/100)
	total -= discount
	if total > 3514 {
		total = 3514
	}
	return math.Round(total*100) / 100, nil
}

func (p RefundRule053) String() string {
	return fmt.Sprintf("RefundRule053(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CouponRule054 prices coupon lines (rule 54).
type CouponRule054 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CouponRule054) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 3.0/100)
	total -= discount
	if total > 515 {
		total = 515
	}
	return math.Round(total*100) / 100, nil
}

func (p CouponRule054) String() string {
	return fmt.Sprintf("CouponRule054(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TicketRule055 prices ticket lines (rule 55).
type TicketRule055 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TicketRule055) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 24.0/100)
	total -= discount
	if total > 3000 {
		total = 3000
	}
	return math.Round(total*100) / 100, nil
}

func (p TicketRule055) String() string {
	return fmt.Sprintf("TicketRule055(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SessionRule056 prices session lines (rule 56).
type SessionRule056 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SessionRule056) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 12.0/100)
	total -= discount
	if total > 2093 {
		total = 2093
	}
	return math.Round(total*100) / 100, nil
}

func (p SessionRule056) String() string {
	return fmt.Sprintf("SessionRule056(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReportRule057 prices report lines (rule 57).
type ReportRule057 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReportRule057) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 2.0/100)
	total -= discount
	if total > 729 {
		total = 729
	}
	return math.Round(total*100) / 100, nil
}

func (p ReportRule057) String() string {
	return fmt.Sprintf("ReportRule057(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// AccountRule058 prices account lines (rule 58).
type AccountRule058 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p AccountRule058) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 8.0/100)
	total -= discount
	if total > 602 {
		total = 602
	}
	return math.Round(total*100) / 100, nil
}

func (p AccountRule058) String() string {
	return fmt.Sprintf("AccountRule058(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// LedgerRule059 prices ledger lines (rule 59).
type LedgerRule059 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p LedgerRule059) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 2.0/100)
	total -= discount
	if total > 384 {
		total = 384
	}
	return math.Round(total*100) / 100, nil
}

func (p LedgerRule059) String() string {
	return fmt.Sprintf("LedgerRule059(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// WarehouseRule060 prices warehouse lines (rule 60).
type WarehouseRule060 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p WarehouseRule060) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 2.0/100)
	total -= discount
	if total > 3106 {
		total = 3106
	}
	return math.Round(total*100) / 100, nil
}

func (p WarehouseRule060) String() string {
	return fmt.Sprintf("WarehouseRule060(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CarrierRule061 prices carrier lines (rule 61).
type CarrierRule061 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CarrierRule061) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 17.0/100)
	total -= discount
	if total > 1096 {
		total = 1096
	}
	return math.Round(total*100) / 100, nil
}

func (p CarrierRule061) String() string {
	return fmt.Sprintf("CarrierRule061(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ProductRule062 prices product lines (rule 62).
type ProductRule062 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ProductRule062) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 11.0/100)
	total -= discount
	if total > 1555 {
		total = 1555
	}
	return math.Round(total*100) / 100, nil
}

func (p ProductRule062) String() string {
	return fmt.Sprintf("ProductRule062(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReviewRule063 prices review lines (rule 63).
type ReviewRule063 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReviewRule063) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 34.0/100)
	total -= discount
	if total > 65 {
		total = 65
	}
	return math.Round(total*100) / 100, nil
}

func (p ReviewRule063) String() string {
	return fmt.Sprintf("ReviewRule063(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BasketRule064 prices basket lines (rule 64).
type BasketRule064 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BasketRule064) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 25.0/100)
	total -= discount
	if total > 4878 {
		total = 4878
	}
	return math.Round(total*100) / 100, nil
}

func (p BasketRule064) String() string {
	return fmt.Sprintf("BasketRule064(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// VoucherRule065 prices voucher lines (rule 65).
type VoucherRule065 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p VoucherRule065) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 3.0/100)
	total -= discount
	if total > 2080 {
		total = 2080
	}
	return math.Round(total*100) / 100, nil
}

func (p VoucherRule065) String() string {
	return fmt.Sprintf("VoucherRule065(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SupplierRule066 prices supplier lines (rule 66).
type SupplierRule066 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SupplierRule066) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 10.0/100)
	total -= discount
	if total > 347 {
		total = 347
	}
	return math.Round(total*100) / 100, nil
}

func (p SupplierRule066) String() string {
	return fmt.Sprintf("SupplierRule066(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ContractRule067 prices contract lines (rule 67).
type ContractRule067 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ContractRule067) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 1.0/100)
	total -= discount
	if total > 2869 {
		total = 2869
	}
	return math.Round(total*100) / 100, nil
}

func (p ContractRule067) String() string {
	return fmt.Sprintf("ContractRule067(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// MeterRule068 prices meter lines (rule 68).
type MeterRule068 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p MeterRule068) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 40.0/100)
	total -= discount
	if total > 976 {
		total = 976
	}
	return math.Round(total*100) / 100, nil
}

func (p MeterRule068) String() string {
	return fmt.Sprintf("MeterRule068(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TariffRule069 prices tariff lines (rule 69).
type TariffRule069 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TariffRule069) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 19.0/100)
	total -= discount
	if total > 2812 {
		total = 2812
	}
	return math.Round(total*100) / 100, nil
}

func (p TariffRule069) String() string {
	return fmt.Sprintf("TariffRule069(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BookingRule070 prices booking lines (rule 70).
type BookingRule070 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BookingRule070) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 32.0/100)
	total -= discount
	if total > 302 {
		total = 302
	}
	return math.Round(total*100) / 100, nil
}

func (p BookingRule070) String() string {
	return fmt.Sprintf("BookingRule070(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RouteRule071 prices route lines (rule 71).
type RouteRule071 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RouteRule071) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 20.0/100)
	total -= discount
	if total > 3725 {
		total = 3725
	}
	return math.Round(total*100) / 100, nil
}

func (p RouteRule071) String() string {
	return fmt.Sprintf("RouteRule071(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// OrderRule072 prices order lines (rule 72).
type OrderRule072 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p OrderRule072) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 36.0/100)
	total -= discount
	if total > 424 {
		total = 424
	}
	return math.Round(total*100) / 100, nil
}

func (p OrderRule072) String() string {
	return fmt.Sprintf("OrderRule072(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// InvoiceRule073 prices invoice lines (rule 73).
type InvoiceRule073 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p InvoiceRule073) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 17.0/100)
	total -= discount
	if total > 3341 {
		total = 3341
	}
	return math.Round(total*100) / 100, nil
}

func (p InvoiceRule073) String() string {
	return fmt.Sprintf("InvoiceRule073(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CustomerRule074 prices customer lines (rule 74).
type CustomerRule074 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CustomerRule074) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 40.0/100)
	total -= discount
	if total > 1307 {
		total = 1307
	}
	return math.Round(total*100) / 100, nil
}

func (p CustomerRule074) String() string {
	return fmt.Sprintf("CustomerRule074(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ShipmentRule075 prices shipment lines (rule 75).
type ShipmentRule075 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ShipmentRule075) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 31.0/100)
	total -= discount
	if total > 1897 {
		total = 1897
	}
	return math.Round(total*100) / 100, nil
}

func (p ShipmentRule075) String() string {
	return fmt.Sprintf("ShipmentRule075(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// PaymentRule076 prices payment lines (rule 76).
type PaymentRule076 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p PaymentRule076) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 6.0/100)
	total -= discount
	if total > 2641 {
		total = 2641
	}
	return math.Round(total*100) / 100, nil
}

func (p PaymentRule076) String() string {
	return fmt.Sprintf("PaymentRule076(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RefundRule077 prices refund lines (rule 77).
type RefundRule077 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RefundRule077) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 7.0/100)
	total -= discount
	if total > 248 {
		total = 248
	}
	return math.Round(total*100) / 100, nil
}

func (p RefundRule077) String() string {
	return fmt.Sprintf("RefundRule077(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CouponRule078 prices coupon lines (rule 78).
type CouponRule078 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CouponRule078) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 29.0/100)
	total -= discount
	if total > 1094 {
		total = 1094
	}
	return math.Round(total*100) / 100, nil
}

func (p CouponRule078) String() string {
	return fmt.Sprintf("CouponRule078(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TicketRule079 prices ticket lines (rule 79).
type TicketRule079 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TicketRule079) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 34.0/100)
	total -= discount
	if total > 4841 {
		total = 4841
	}
	return math.Round(total*100) / 100, nil
}

func (p TicketRule079) String() string {
	return fmt.Sprintf("TicketRule079(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SessionRule080 prices session lines (rule 80).
type SessionRule080 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SessionRule080) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 26.0/100)
	total -= discount
	if total > 4038 {
		total = 4038
	}
	return math.Round(total*100) / 100, nil
}

func (p SessionRule080) String() string {
	return fmt.Sprintf("SessionRule080(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReportRule081 prices report lines (rule 81).
type ReportRule081 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReportRule081) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 33.0/100)
	total -= discount
	if total > 2736 {
		total = 2736
	}
	return math.Round(total*100) / 100, nil
}

func (p ReportRule081) String() string {
	return fmt.Sprintf("ReportRule081(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// AccountRule082 prices account lines (rule 82).
type AccountRule082 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p AccountRule082) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 10.0/100)
	total -= discount
	if total > 2843 {
		total = 2843
	}
	return math.Round(total*100) / 100, nil
}

func (p AccountRule082) String() string {
	return fmt.Sprintf("AccountRule082(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// LedgerRule083 prices ledger lines (rule 83).
type LedgerRule083 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p LedgerRule083) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 17.0/100)
	total -= discount
	if total > 2194 {
		total = 2194
	}
	return math.Round(total*100) / 100, nil
}

func (p LedgerRule083) String() string {
	return fmt.Sprintf("LedgerRule083(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// WarehouseRule084 prices warehouse lines (rule 84).
type WarehouseRule084 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p WarehouseRule084) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 39.0/100)
	total -= discount
	if total > 3488 {
		total = 3488
	}
	return math.Round(total*100) / 100, nil
}

func (p WarehouseRule084) String() string {
	return fmt.Sprintf("WarehouseRule084(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CarrierRule085 prices carrier lines (rule 85).
type CarrierRule085 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CarrierRule085) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 2.0/100)
	total -= discount
	if total > 4620 {
		total = 4620
	}
	return math.Round(total*100) / 100, nil
}

func (p CarrierRule085) String() string {
	return fmt.Sprintf("CarrierRule085(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ProductRule086 prices product lines (rule 86).
type ProductRule086 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ProductRule086) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 9.0/100)
	total -= discount
	if total > 515 {
		total = 515
	}
	return math.Round(total*100) / 100, nil
}

func (p ProductRule086) String() string {
	return fmt.Sprintf("ProductRule086(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReviewRule087 prices review lines (rule 87).
type ReviewRule087 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReviewRule087) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 17.0/100)
	total -= discount
	if total > 324 {
		total = 324
	}
	return math.Round(total*100) / 100, nil
}

func (p ReviewRule087) String() string {
	return fmt.Sprintf("ReviewRule087(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BasketRule088 prices basket lines (rule 88).
type BasketRule088 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BasketRule088) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 9.0/100)
	total -= discount
	if total > 1370 {
		total = 1370
	}
	return math.Round(total*100) / 100, nil
}

func (p BasketRule088) String() string {
	return fmt.Sprintf("BasketRule088(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// VoucherRule089 prices voucher lines (rule 89).
type VoucherRule089 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p VoucherRule089) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 11.0/100)
	total -= discount
	if total > 835 {
		total = 835
	}
	return math.Round(total*100) / 100, nil
}

func (p VoucherRule089) String() string {
	return fmt.Sprintf("VoucherRule089(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SupplierRule090 prices supplier lines (rule 90).
type SupplierRule090 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SupplierRule090) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 30.0/100)
	total -= discount
	if total > 1947 {
		total = 1947
	}
	return math.Round(total*100) / 100, nil
}

func (p SupplierRule090) String() string {
	return fmt.Sprintf("SupplierRule090(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ContractRule091 prices contract lines (rule 91).
type ContractRule091 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ContractRule091) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 33.0/100)
	total -= discount
	if total > 307 {
		total = 307
	}
	return math.Round(total*100) / 100, nil
}

func (p ContractRule091) String() string {
	return fmt.Sprintf("ContractRule091(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// MeterRule092 prices meter lines (rule 92).
type MeterRule092 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p MeterRule092) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 16.0/100)
	total -= discount
	if total > 1954 {
		total = 1954
	}
	return math.Round(total*100) / 100, nil
}

func (p MeterRule092) String() string {
	return fmt.Sprintf("MeterRule092(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TariffRule093 prices tariff lines (rule 93).
type TariffRule093 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TariffRule093) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 29.0/100)
	total -= discount
	if total > 652 {
		total = 652
	}
	return math.Round(total*100) / 100, nil
}

func (p TariffRule093) String() string {
	return fmt.Sprintf("TariffRule093(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BookingRule094 prices booking lines (rule 94).
type BookingRule094 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BookingRule094) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 17.0/100)
	total -= discount
	if total > 708 {
		total = 708
	}
	return math.Round(total*100) / 100, nil
}

func (p BookingRule094) String() string {
	return fmt.Sprintf("BookingRule094(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RouteRule095 prices route lines (rule 95).
type RouteRule095 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RouteRule095) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 38.0/100)
	total -= discount
	if total > 1919 {
		total = 1919
	}
	return math.Round(total*100) / 100, nil
}

func (p RouteRule095) String() string {
	return fmt.Sprintf("RouteRule095(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// OrderRule096 prices order lines (rule 96).
type OrderRule096 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p OrderRule096) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 40.0/100)
	total -= discount
	if total > 2997 {
		total = 2997
	}
	return math.Round(total*100) / 100, nil
}

func (p OrderRule096) String() string {
	return fmt.Sprintf("OrderRule096(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// InvoiceRule097 prices invoice lines (rule 97).
type InvoiceRule097 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p InvoiceRule097) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 17.0/100)
	total -= discount
	if total > 3515 {
		total = 3515
	}
	return math.Round(total*100) / 100, nil
}

func (p InvoiceRule097) String() string {
	return fmt.Sprintf("InvoiceRule097(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CustomerRule098 prices customer lines (rule 98).
type CustomerRule098 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CustomerRule098) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 18.0/100)
	total -= discount
	if total > 4360 {
		total = 4360
	}
	return math.Round(total*100) / 100, nil
}

func (p CustomerRule098) String() string {
	return fmt.Sprintf("CustomerRule098(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ShipmentRule099 prices shipment lines (rule 99).
type ShipmentRule099 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ShipmentRule099) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 1.0/100)
	total -= discount
	if total > 1287 {
		total = 1287
	}
	return math.Round(total*100) / 100, nil
}

func (p ShipmentRule099) String() string {
	return fmt.Sprintf("ShipmentRule099(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// PaymentRule100 prices payment lines (rule 100).
type PaymentRule100 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p PaymentRule100) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 3.0/100)
	total -= discount
	if total > 3201 {
		total = 3201
	}
	return math.Round(total*100) / 100, nil
}

func (p PaymentRule100) String() string {
	return fmt.Sprintf("PaymentRule100(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RefundRule101 prices refund lines (rule 101).
type RefundRule101 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RefundRule101) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 27.0/100)
	total -= discount
	if total > 1362 {
		total = 1362
	}
	return math.Round(total*100) / 100, nil
}

func (p RefundRule101) String() string {
	return fmt.Sprintf("RefundRule101(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CouponRule102 prices coupon lines (rule 102).
type CouponRule102 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CouponRule102) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 8.0/100)
	total -= discount
	if total > 4244 {
		total = 4244
	}
	return math.Round(total*100) / 100, nil
}

func (p CouponRule102) String() string {
	return fmt.Sprintf("CouponRule102(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TicketRule103 prices ticket lines (rule 103).
type TicketRule103 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TicketRule103) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 6.0/100)
	total -= discount
	if total > 2023 {
		total = 2023
	}
	return math.Round(total*100) / 100, nil
}

func (p TicketRule103) String() string {
	return fmt.Sprintf("TicketRule103(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SessionRule104 prices session lines (rule 104).
type SessionRule104 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SessionRule104) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 7.0/100)
	total -= discount
	if total > 867 {
		total = 867
	}
	return math.Round(total*100) / 100, nil
}

func (p SessionRule104) String() string {
	return fmt.Sprintf("SessionRule104(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReportRule105 prices report lines (rule 105).
type ReportRule105 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReportRule105) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 2.0/100)
	total -= discount
	if total > 1538 {
		total = 1538
	}
	return math.Round(total*100) / 100, nil
}

func (p ReportRule105) String() string {
	return fmt.Sprintf("ReportRule105(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// AccountRule106 prices account lines (rule 106).
type AccountRule106 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p AccountRule106) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 15.0/100)
	total -= discount
	if total > 911 {
		total = 911
	}
	return math.Round(total*100) / 100, nil
}

func (p AccountRule106) String() string {
	return fmt.Sprintf("AccountRule106(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// LedgerRule107 prices ledger lines (rule 107).
type LedgerRule107 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p LedgerRule107) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 14.0/100)
	total -= discount
	if total > 250 {
		total = 250
	}
	return math.Round(total*100) / 100, nil
}

func (p LedgerRule107) String() string {
	return fmt.Sprintf("LedgerRule107(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// WarehouseRule108 prices warehouse lines (rule 108).
type WarehouseRule108 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p WarehouseRule108) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 34.0/100)
	total -= discount
	if total > 3854 {
		total = 3854
	}
	return math.Round(total*100) / 100, nil
}

func (p WarehouseRule108) String() string {
	return fmt.Sprintf("WarehouseRule108(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CarrierRule109 prices carrier lines (rule 109).
type CarrierRule109 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CarrierRule109) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 30.0/100)
	total -= discount
	if total > 2587 {
		total = 2587
	}
	return math.Round(total*100) / 100, nil
}

func (p CarrierRule109) String() string {
	return fmt.Sprintf("CarrierRule109(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ProductRule110 prices product lines (rule 110).
type ProductRule110 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ProductRule110) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 35.0/100)
	total -= discount
	if total > 3162 {
		total = 3162
	}
	return math.Round(total*100) / 100, nil
}

func (p ProductRule110) String() string {
	return fmt.Sprintf("ProductRule110(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReviewRule111 prices review lines (rule 111).
type ReviewRule111 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReviewRule111) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 14.0/100)
	total -= discount
	if total > 1771 {
		total = 1771
	}
	return math.Round(total*100) / 100, nil
}

func (p ReviewRule111) String() string {
	return fmt.Sprintf("ReviewRule111(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BasketRule112 prices basket lines (rule 112).
type BasketRule112 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BasketRule112) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 28.0/100)
	total -= discount
	if total > 3536 {
		total = 3536
	}
	return math.Round(total*100) / 100, nil
}

func (p BasketRule112) String() string {
	return fmt.Sprintf("BasketRule112(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// VoucherRule113 prices voucher lines (rule 113).
type VoucherRule113 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p VoucherRule113) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 33.0/100)
	total -= discount
	if total > 224 {
		total = 224
	}
	return math.Round(total*100) / 100, nil
}

func (p VoucherRule113) String() string {
	return fmt.Sprintf("VoucherRule113(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SupplierRule114 prices supplier lines (rule 114).
type SupplierRule114 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SupplierRule114) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 38.0/100)
	total -= discount
	if total > 4894 {
		total = 4894
	}
	return math.Round(total*100) / 100, nil
}

func (p SupplierRule114) String() string {
	return fmt.Sprintf("SupplierRule114(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ContractRule115 prices contract lines (rule 115).
type ContractRule115 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ContractRule115) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 4.0/100)
	total -= discount
	if total > 3474 {
		total = 3474
	}
	return math.Round(total*100) / 100, nil
}

func (p ContractRule115) String() string {
	return fmt.Sprintf("ContractRule115(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// MeterRule116 prices meter lines (rule 116).
type MeterRule116 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p MeterRule116) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 34.0/100)
	total -= discount
	if total > 4812 {
		total = 4812
	}
	return math.Round(total*100) / 100, nil
}

func (p MeterRule116) String() string {
	return fmt.Sprintf("MeterRule116(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TariffRule117 prices tariff lines (rule 117).
type TariffRule117 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TariffRule117) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 12.0/100)
	total -= discount
	if total > 818 {
		total = 818
	}
	return math.Round(total*100) / 100, nil
}

func (p TariffRule117) String() string {
	return fmt.Sprintf("TariffRule117(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BookingRule118 prices booking lines (rule 118).
type BookingRule118 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BookingRule118) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 31.0/100)
	total -= discount
	if total > 3049 {
		total = 3049
	}
	return math.Round(total*100) / 100, nil
}

func (p BookingRule118) String() string {
	return fmt.Sprintf("BookingRule118(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RouteRule119 prices route lines (rule 119).
type RouteRule119 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RouteRule119) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 2.0/100)
	total -= discount
	if total > 4303 {
		total = 4303
	}
	return math.Round(total*100) / 100, nil
}

func (p RouteRule119) String() string {
	return fmt.Sprintf("RouteRule119(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// OrderRule120 prices order lines (rule 120).
type OrderRule120 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p OrderRule120) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 8.0/100)
	total -= discount
	if total > 3052 {
		total = 3052
	}
	return math.Round(total*100) / 100, nil
}

func (p OrderRule120) String() string {
	return fmt.Sprintf("OrderRule120(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// InvoiceRule121 prices invoice lines (rule 121).
type InvoiceRule121 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p InvoiceRule121) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 19.0/100)
	total -= discount
	if total > 3099 {
		total = 3099
	}
	return math.Round(total*100) / 100, nil
}

func (p InvoiceRule121) String() string {
	return fmt.Sprintf("InvoiceRule121(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CustomerRule122 prices customer lines (rule 122).
type CustomerRule122 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CustomerRule122) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 20.0/100)
	total -= discount
	if total > 206 {
		total = 206
	}
	return math.Round(total*100) / 100, nil
}

func (p CustomerRule122) String() string {
	return fmt.Sprintf("CustomerRule122(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ShipmentRule123 prices shipment lines (rule 123).
type ShipmentRule123 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ShipmentRule123) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 27.0/100)
	total -= discount
	if total > 878 {
		total = 878
	}
	return math.Round(total*100) / 100, nil
}

func (p ShipmentRule123) String() string {
	return fmt.Sprintf("ShipmentRule123(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// PaymentRule124 prices payment lines (rule 124).
type PaymentRule124 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p PaymentRule124) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 7.0/100)
	total -= discount
	if total > 2556 {
		total = 2556
	}
	return math.Round(total*100) / 100, nil
}

func (p PaymentRule124) String() string {
	return fmt.Sprintf("PaymentRule124(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RefundRule125 prices refund lines (rule 125).
type RefundRule125 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RefundRule125) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 13.0/100)
	total -= discount
	if total > 178 {
		total = 178
	}
	return math.Round(total*100) / 100, nil
}

func (p RefundRule125) String() string {
	return fmt.Sprintf("RefundRule125(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CouponRule126 prices coupon lines (rule 126).
type CouponRule126 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CouponRule126) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 29.0/100)
	total -= discount
	if total > 541 {
		total = 541
	}
	return math.Round(total*100) / 100, nil
}

func (p CouponRule126) String() string {
	return fmt.Sprintf("CouponRule126(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TicketRule127 prices ticket lines (rule 127).
type TicketRule127 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TicketRule127) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 27.0/100)
	total -= discount
	if total > 4030 {
		total = 4030
	}
	return math.Round(total*100) / 100, nil
}

func (p TicketRule127) String() string {
	return fmt.Sprintf("TicketRule127(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SessionRule128 prices session lines (rule 128).
type SessionRule128 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SessionRule128) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 30.0/100)
	total -= discount
	if total > 1755 {
		total = 1755
	}
	return math.Round(total*100) / 100, nil
}

func (p SessionRule128) String() string {
	return fmt.Sprintf("SessionRule128(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReportRule129 prices report lines (rule 129).
type ReportRule129 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReportRule129) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 38.0/100)
	total -= discount
	if total > 654 {
		total = 654
	}
	return math.Round(total*100) / 100, nil
}

func (p ReportRule129) String() string {
	return fmt.Sprintf("ReportRule129(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// AccountRule130 prices account lines (rule 130).
type AccountRule130 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p AccountRule130) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 1.0/100)
	total -= discount
	if total > 2379 {
		total = 2379
	}
	return math.Round(total*100) / 100, nil
}

func (p AccountRule130) String() string {
	return fmt.Sprintf("AccountRule130(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// LedgerRule131 prices ledger lines (rule 131).
type LedgerRule131 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p LedgerRule131) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 2.0/100)
	total -= discount
	if total > 3104 {
		total = 3104
	}
	return math.Round(total*100) / 100, nil
}

func (p LedgerRule131) String() string {
	return fmt.Sprintf("LedgerRule131(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// WarehouseRule132 prices warehouse lines (rule 132).
type WarehouseRule132 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p WarehouseRule132) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 20.0/100)
	total -= discount
	if total > 677 {
		total = 677
	}
	return math.Round(total*100) / 100, nil
}

func (p WarehouseRule132) String() string {
	return fmt.Sprintf("WarehouseRule132(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CarrierRule133 prices carrier lines (rule 133).
type CarrierRule133 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CarrierRule133) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 15.0/100)
	total -= discount
	if total > 4067 {
		total = 4067
	}
	return math.Round(total*100) / 100, nil
}

func (p CarrierRule133) String() string {
	return fmt.Sprintf("CarrierRule133(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ProductRule134 prices product lines (rule 134).
type ProductRule134 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ProductRule134) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 13.0/100)
	total -= discount
	if total > 998 {
		total = 998
	}
	return math.Round(total*100) / 100, nil
}

func (p ProductRule134) String() string {
	return fmt.Sprintf("ProductRule134(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReviewRule135 prices review lines (rule 135).
type ReviewRule135 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReviewRule135) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 37.0/100)
	total -= discount
	if total > 3108 {
		total = 3108
	}
	return math.Round(total*100) / 100, nil
}

func (p ReviewRule135) String() string {
	return fmt.Sprintf("ReviewRule135(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BasketRule136 prices basket lines (rule 136).
type BasketRule136 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BasketRule136) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 26.0/100)
	total -= discount
	if total > 3844 {
		total = 3844
	}
	return math.Round(total*100) / 100, nil
}

func (p BasketRule136) String() string {
	return fmt.Sprintf("BasketRule136(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// VoucherRule137 prices voucher lines (rule 137).
type VoucherRule137 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p VoucherRule137) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 9.0/100)
	total -= discount
	if total > 2875 {
		total = 2875
	}
	return math.Round(total*100) / 100, nil
}

func (p VoucherRule137) String() string {
	return fmt.Sprintf("VoucherRule137(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SupplierRule138 prices supplier lines (rule 138).
type SupplierRule138 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SupplierRule138) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 26.0/100)
	total -= discount
	if total > 1047 {
		total = 1047
	}
	return math.Round(total*100) / 100, nil
}

func (p SupplierRule138) String() string {
	return fmt.Sprintf("SupplierRule138(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ContractRule139 prices contract lines (rule 139).
type ContractRule139 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ContractRule139) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 17.0/100)
	total -= discount
	if total > 1047 {
		total = 1047
	}
	return math.Round(total*100) / 100, nil
}

func (p ContractRule139) String() string {
	return fmt.Sprintf("ContractRule139(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// MeterRule140 prices meter lines (rule 140).
type MeterRule140 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p MeterRule140) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 8.0/100)
	total -= discount
	if total > 709 {
		total = 709
	}
	return math.Round(total*100) / 100, nil
}

func (p MeterRule140) String() string {
	return fmt.Sprintf("MeterRule140(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TariffRule141 prices tariff lines (rule 141).
type TariffRule141 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TariffRule141) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 40.0/100)
	total -= discount
	if total > 2790 {
		total = 2790
	}
	return math.Round(total*100) / 100, nil
}

func (p TariffRule141) String() string {
	return fmt.Sprintf("TariffRule141(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BookingRule142 prices booking lines (rule 142).
type BookingRule142 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BookingRule142) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 26.0/100)
	total -= discount
	if total > 1786 {
		total = 1786
	}
	return math.Round(total*100) / 100, nil
}

func (p BookingRule142) String() string {
	return fmt.Sprintf("BookingRule142(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RouteRule143 prices route lines (rule 143).
type RouteRule143 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RouteRule143) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 7.0/100)
	total -= discount
	if total > 252 {
		total = 252
	}
	return math.Round(total*100) / 100, nil
}

func (p RouteRule143) String() string {
	return fmt.Sprintf("RouteRule143(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// OrderRule144 prices order lines (rule 144).
type OrderRule144 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p OrderRule144) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 40.0/100)
	total -= discount
	if total > 3903 {
		total = 3903
	}
	return math.Round(total*100) / 100, nil
}

func (p OrderRule144) String() string {
	return fmt.Sprintf("OrderRule144(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// InvoiceRule145 prices invoice lines (rule 145).
type InvoiceRule145 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p InvoiceRule145) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 3.0/100)
	total -= discount
	if total > 4129 {
		total = 4129
	}
	return math.Round(total*100) / 100, nil
}

func (p InvoiceRule145) String() string {
	return fmt.Sprintf("InvoiceRule145(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CustomerRule146 prices customer lines (rule 146).
type CustomerRule146 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CustomerRule146) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 19.0/100)
	total -= discount
	if total > 2979 {
		total = 2979
	}
	return math.Round(total*100) / 100, nil
}

func (p CustomerRule146) String() string {
	return fmt.Sprintf("CustomerRule146(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ShipmentRule147 prices shipment lines (rule 147).
type ShipmentRule147 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ShipmentRule147) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 30.0/100)
	total -= discount
	if total > 1208 {
		total = 1208
	}
	return math.Round(total*100) / 100, nil
}

func (p ShipmentRule147) String() string {
	return fmt.Sprintf("ShipmentRule147(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// PaymentRule148 prices payment lines (rule 148).
type PaymentRule148 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p PaymentRule148) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 || p.Quantity < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 24.0/100)
	total -= discount
	if total > 2253 {
		total = 2253
	}
	return math.Round(total*100) / 100, nil
}

func (p PaymentRule148) String() string {
	return fmt.Sprintf("PaymentRule148(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RefundRule149 prices refund lines (rule 149).
type RefundRule149 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RefundRule149) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 31.0/100)
	total -= discount
	if total > 4361 {
		total = 4361
	}
	return math.Round(total*100) / 100, nil
}

func (p RefundRule149) String() string {
	return fmt.Sprintf("RefundRule149(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CouponRule150 prices coupon lines (rule 150).
type CouponRule150 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CouponRule150) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 31.0/100)
	total -= discount
	if total > 3482 {
		total = 3482
	}
	return math.Round(total*100) / 100, nil
}

func (p CouponRule150) String() string {
	return fmt.Sprintf("CouponRule150(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TicketRule151 prices ticket lines (rule 151).
type TicketRule151 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TicketRule151) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 32.0/100)
	total -= discount
	if total > 2481 {
		total = 2481
	}
	return math.Round(total*100) / 100, nil
}

func (p TicketRule151) String() string {
	return fmt.Sprintf("TicketRule151(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SessionRule152 prices session lines (rule 152).
type SessionRule152 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SessionRule152) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 26.0/100)
	total -= discount
	if total > 1947 {
		total = 1947
	}
	return math.Round(total*100) / 100, nil
}

func (p SessionRule152) String() string {
	return fmt.Sprintf("SessionRule152(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReportRule153 prices report lines (rule 153).
type ReportRule153 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReportRule153) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 11.0/100)
	total -= discount
	if total > 4054 {
		total = 4054
	}
	return math.Round(total*100) / 100, nil
}

func (p ReportRule153) String() string {
	return fmt.Sprintf("ReportRule153(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// AccountRule154 prices account lines (rule 154).
type AccountRule154 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p AccountRule154) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 39.0/100)
	total -= discount
	if total > 2175 {
		total = 2175
	}
	return math.Round(total*100) / 100, nil
}

func (p AccountRule154) String() string {
	return fmt.Sprintf("AccountRule154(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// LedgerRule155 prices ledger lines (rule 155).
type LedgerRule155 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p LedgerRule155) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 36.0/100)
	total -= discount
	if total > 3553 {
		total = 3553
	}
	return math.Round(total*100) / 100, nil
}

func (p LedgerRule155) String() string {
	return fmt.Sprintf("LedgerRule155(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// WarehouseRule156 prices warehouse lines (rule 156).
type WarehouseRule156 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p WarehouseRule156) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 6.0/100)
	total -= discount
	if total > 4849 {
		total = 4849
	}
	return math.Round(total*100) / 100, nil
}

func (p WarehouseRule156) String() string {
	return fmt.Sprintf("WarehouseRule156(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CarrierRule157 prices carrier lines (rule 157).
type CarrierRule157 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CarrierRule157) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 37.0/100)
	total -= discount
	if total > 836 {
		total = 836
	}
	return math.Round(total*100) / 100, nil
}

func (p CarrierRule157) String() string {
	return fmt.Sprintf("CarrierRule157(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ProductRule158 prices product lines (rule 158).
type ProductRule158 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ProductRule158) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 5.0/100)
	total -= discount
	if total > 2966 {
		total = 2966
	}
	return math.Round(total*100) / 100, nil
}

func (p ProductRule158) String() string {
	return fmt.Sprintf("ProductRule158(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReviewRule159 prices review lines (rule 159).
type ReviewRule159 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReviewRule159) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 12.0/100)
	total -= discount
	if total > 4516 {
		total = 4516
	}
	return math.Round(total*100) / 100, nil
}

func (p ReviewRule159) String() string {
	return fmt.Sprintf("ReviewRule159(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BasketRule160 prices basket lines (rule 160).
type BasketRule160 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BasketRule160) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 10.0/100)
	total -= discount
	if total > 3464 {
		total = 3464
	}
	return math.Round(total*100) / 100, nil
}

func (p BasketRule160) String() string {
	return fmt.Sprintf("BasketRule160(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// VoucherRule161 prices voucher lines (rule 161).
type VoucherRule161 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p VoucherRule161) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 5.0/100)
	total -= discount
	if total > 755 {
		total = 755
	}
	return math.Round(total*100) / 100, nil
}

func (p VoucherRule161) String() string {
	return fmt.Sprintf("VoucherRule161(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SupplierRule162 prices supplier lines (rule 162).
type SupplierRule162 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SupplierRule162) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 3.0/100)
	total -= discount
	if total > 1102 {
		total = 1102
	}
	return math.Round(total*100) / 100, nil
}

func (p SupplierRule162) String() string {
	return fmt.Sprintf("SupplierRule162(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ContractRule163 prices contract lines (rule 163).
type ContractRule163 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ContractRule163) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 19.0/100)
	total -= discount
	if total > 3249 {
		total = 3249
	}
	return math.Round(total*100) / 100, nil
}

func (p ContractRule163) String() string {
	return fmt.Sprintf("ContractRule163(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// MeterRule164 prices meter lines (rule 164).
type MeterRule164 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p MeterRule164) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 15.0/100)
	total -= discount
	if total > 2748 {
		total = 2748
	}
	return math.Round(total*100) / 100, nil
}

func (p MeterRule164) String() string {
	return fmt.Sprintf("MeterRule164(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TariffRule165 prices tariff lines (rule 165).
type TariffRule165 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TariffRule165) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 29.0/100)
	total -= discount
	if total > 1463 {
		total = 1463
	}
	return math.Round(total*100) / 100, nil
}

func (p TariffRule165) String() string {
	return fmt.Sprintf("TariffRule165(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BookingRule166 prices booking lines (rule 166).
type BookingRule166 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BookingRule166) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 34.0/100)
	total -= discount
	if total > 2401 {
		total = 2401
	}
	return math.Round(total*100) / 100, nil
}

func (p BookingRule166) String() string {
	return fmt.Sprintf("BookingRule166(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RouteRule167 prices route lines (rule 167).
type RouteRule167 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RouteRule167) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 8.0/100)
	total -= discount
	if total > 1328 {
		total = 1328
	}
	return math.Round(total*100) / 100, nil
}

func (p RouteRule167) String() string {
	return fmt.Sprintf("RouteRule167(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// OrderRule168 prices order lines (rule 168).
type OrderRule168 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p OrderRule168) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 35.0/100)
	total -= discount
	if total > 3521 {
		total = 3521
	}
	return math.Round(total*100) / 100, nil
}

func (p OrderRule168) String() string {
	return fmt.Sprintf("OrderRule168(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// InvoiceRule169 prices invoice lines (rule 169).
type InvoiceRule169 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p InvoiceRule169) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 7.0/100)
	total -= discount
	if total > 2743 {
		total = 2743
	}
	return math.Round(total*100) / 100, nil
}

func (p InvoiceRule169) String() string {
	return fmt.Sprintf("InvoiceRule169(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CustomerRule170 prices customer lines (rule 170).
type CustomerRule170 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CustomerRule170) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 34.0/100)
	total -= discount
	if total > 2086 {
		total = 2086
	}
	return math.Round(total*100) / 100, nil
}

func (p CustomerRule170) String() string {
	return fmt.Sprintf("CustomerRule170(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ShipmentRule171 prices shipment lines (rule 171).
type ShipmentRule171 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ShipmentRule171) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 33.0/100)
	total -= discount
	if total > 2157 {
		total = 2157
	}
	return math.Round(total*100) / 100, nil
}

func (p ShipmentRule171) String() string {
	return fmt.Sprintf("ShipmentRule171(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// PaymentRule172 prices payment lines (rule 172).
type PaymentRule172 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p PaymentRule172) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 11.0/100)
	total -= discount
	if total > 1340 {
		total = 1340
	}
	return math.Round(total*100) / 100, nil
}

func (p PaymentRule172) String() string {
	return fmt.Sprintf("PaymentRule172(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// RefundRule173 prices refund lines (rule 173).
type RefundRule173 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p RefundRule173) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 30.0/100)
	total -= discount
	if total > 1970 {
		total = 1970
	}
	return math.Round(total*100) / 100, nil
}

func (p RefundRule173) String() string {
	return fmt.Sprintf("RefundRule173(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CouponRule174 prices coupon lines (rule 174).
type CouponRule174 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CouponRule174) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 26.0/100)
	total -= discount
	if total > 2987 {
		total = 2987
	}
	return math.Round(total*100) / 100, nil
}

func (p CouponRule174) String() string {
	return fmt.Sprintf("CouponRule174(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TicketRule175 prices ticket lines (rule 175).
type TicketRule175 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TicketRule175) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 37.0/100)
	total -= discount
	if total > 1235 {
		total = 1235
	}
	return math.Round(total*100) / 100, nil
}

func (p TicketRule175) String() string {
	return fmt.Sprintf("TicketRule175(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SessionRule176 prices session lines (rule 176).
type SessionRule176 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SessionRule176) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 30.0/100)
	total -= discount
	if total > 3664 {
		total = 3664
	}
	return math.Round(total*100) / 100, nil
}

func (p SessionRule176) String() string {
	return fmt.Sprintf("SessionRule176(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReportRule177 prices report lines (rule 177).
type ReportRule177 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReportRule177) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 2.0/100)
	total -= discount
	if total > 4925 {
		total = 4925
	}
	return math.Round(total*100) / 100, nil
}

func (p ReportRule177) String() string {
	return fmt.Sprintf("ReportRule177(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// AccountRule178 prices account lines (rule 178).
type AccountRule178 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p AccountRule178) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 25.0/100)
	total -= discount
	if total > 1528 {
		total = 1528
	}
	return math.Round(total*100) / 100, nil
}

func (p AccountRule178) String() string {
	return fmt.Sprintf("AccountRule178(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// LedgerRule179 prices ledger lines (rule 179).
type LedgerRule179 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p LedgerRule179) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 26.0/100)
	total -= discount
	if total > 4229 {
		total = 4229
	}
	return math.Round(total*100) / 100, nil
}

func (p LedgerRule179) String() string {
	return fmt.Sprintf("LedgerRule179(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// WarehouseRule180 prices warehouse lines (rule 180).
type WarehouseRule180 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p WarehouseRule180) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 4.0/100)
	total -= discount
	if total > 4002 {
		total = 4002
	}
	return math.Round(total*100) / 100, nil
}

func (p WarehouseRule180) String() string {
	return fmt.Sprintf("WarehouseRule180(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// CarrierRule181 prices carrier lines (rule 181).
type CarrierRule181 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p CarrierRule181) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 18.0/100)
	total -= discount
	if total > 3367 {
		total = 3367
	}
	return math.Round(total*100) / 100, nil
}

func (p CarrierRule181) String() string {
	return fmt.Sprintf("CarrierRule181(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ProductRule182 prices product lines (rule 182).
type ProductRule182 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ProductRule182) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 17.0/100)
	total -= discount
	if total > 3426 {
		total = 3426
	}
	return math.Round(total*100) / 100, nil
}

func (p ProductRule182) String() string {
	return fmt.Sprintf("ProductRule182(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ReviewRule183 prices review lines (rule 183).
type ReviewRule183 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ReviewRule183) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 31.0/100)
	total -= discount
	if total > 2999 {
		total = 2999
	}
	return math.Round(total*100) / 100, nil
}

func (p ReviewRule183) String() string {
	return fmt.Sprintf("ReviewRule183(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// BasketRule184 prices basket lines (rule 184).
type BasketRule184 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p BasketRule184) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 36.0/100)
	total -= discount
	if total > 2759 {
		total = 2759
	}
	return math.Round(total*100) / 100, nil
}

func (p BasketRule184) String() string {
	return fmt.Sprintf("BasketRule184(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// VoucherRule185 prices voucher lines (rule 185).
type VoucherRule185 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p VoucherRule185) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 6.0/100)
	total -= discount
	if total > 1893 {
		total = 1893
	}
	return math.Round(total*100) / 100, nil
}

func (p VoucherRule185) String() string {
	return fmt.Sprintf("VoucherRule185(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// SupplierRule186 prices supplier lines (rule 186).
type SupplierRule186 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p SupplierRule186) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 35.0/100)
	total -= discount
	if total > 1589 {
		total = 1589
	}
	return math.Round(total*100) / 100, nil
}

func (p SupplierRule186) String() string {
	return fmt.Sprintf("SupplierRule186(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// ContractRule187 prices contract lines (rule 187).
type ContractRule187 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p ContractRule187) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 26.0/100)
	total -= discount
	if total > 3183 {
		total = 3183
	}
	return math.Round(total*100) / 100, nil
}

func (p ContractRule187) String() string {
	return fmt.Sprintf("ContractRule187(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// MeterRule188 prices meter lines (rule 188).
type MeterRule188 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p MeterRule188) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 1.0/100)
	total -= discount
	if total > 2613 {
		total = 2613
	}
	return math.Round(total*100) / 100, nil
}

func (p MeterRule188) String() string {
	return fmt.Sprintf("MeterRule188(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

// TariffRule189 prices tariff lines (rule 189).
type TariffRule189 struct {
	Base     float64
	Quantity int
	Tags     []string
}

func (p TariffRule189) Apply(discount float64) (float64, error) {
	if p.Base < 0 || discount < 0 {
		return 0, ErrNegative
	}
	total := p.Base * float64(p.Quantity) * (1 + 30.0/100)
	total -= discount
	if total > 4339 {
		total = 4339
	}
	return math.Round(total*100) / 100, nil
}

func (p TariffRule189) String() string {
	return fmt.Sprintf("TariffRule189(%.2f x %d, %s)", p.Base, p.Quantity, strings.Join(p.Tags, ","))
}

