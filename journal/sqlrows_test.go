package journal_test

import (
	"archive/zip"
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"iter"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/msedocs/msedocs/forms"
	"github.com/msedocs/msedocs/internal/pdftest"
	"github.com/msedocs/msedocs/internal/pgtest"
	"github.com/msedocs/msedocs/journal"
)

// actsTable makes table acts with n rows of journal 6, by SQL: Kazakh
// names, dates in 2025, a NULL unit in every seventh row.
const actsTable = `
create table acts (
	id int primary key, act_date date not null, full_name text not null, birth_date date not null,
	unit text, last_exam date, conclusion text not null, basis text, sent_to text not null,
	sender text, note text)`

const actsInsert = `
insert into acts select i,
	date '2025-01-09' + (i::bigint * 365 / $1)::int,
	(array['Әбдірахманова','Қасымов','Һасенова','Жұмабеков','Сәтбаева','Өмірзақов'])[1 + i % 6] || ' ' ||
	(array['Гүлнәр','Нұрлан','Айгүл','Ұлжан','Іңкәр'])[1 + i % 5] || ' ' ||
	(array['Серікқызы','Қайратұлы','Жәнібекқызы'])[1 + i % 3],
	date '1950-01-01' + (i % 20000),
	case when i % 7 = 0 then null else 'Медеуский' end,
	date '2024-01-01' + (i % 300),
	'II группа, общее заболевание, до 09.01.2027; УОТ ' || (i % 100) || '% до 09.01.2027',
	'запрос ДВД № ' || i,
	'Архив департамента, г. Астана, пр. Тәуелсіздік ' || (i % 200),
	'Иванов И.И.',
	null
from generate_series(1, $1) as i`

const actsQuery = `select act_date as date, full_name, birth_date, unit, last_exam as last_exam_date,
	conclusion, basis, sent_to, sender, note from acts order by id`

// snapshot returns a read-only transaction that sees one snapshot, so
// that the two readings of a Stream see the same rows.
func snapshot(t *testing.T, db *sql.DB) *sql.Tx {
	t.Helper()
	tx, err := db.BeginTx(context.Background(), &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tx.Rollback() })
	return tx
}

// counting counts the entries of each reading of seq.
func counting[E any](seq iter.Seq2[E, error], n *[]int) iter.Seq2[E, error] {
	return func(yield func(E, error) bool) {
		*n = append(*n, 0)
		for e, err := range seq {
			(*n)[len(*n)-1]++
			if !yield(e, err) {
				return
			}
		}
	}
}

// TestDatabase runs journals from a real PostgreSQL server started for
// the test.
func TestDatabase(t *testing.T) {
	db := pgtest.Open(t)
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, actsTable); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, actsInsert, 100_000); err != nil {
		t.Fatal(err)
	}
	t.Run("volumes", func(t *testing.T) { testDBVolumes(t, db) })
	t.Run("xlsx", func(t *testing.T) { testDBXLSX(t, db) })
	t.Run("values", func(t *testing.T) { testDBValues(t, db) })
	t.Run("columns", func(t *testing.T) { testDBColumns(t, db) })
	t.Run("rows", func(t *testing.T) { testDBRows(t, db) })
	t.Run("data exception", func(t *testing.T) { testDBDataException(t, db) })
	t.Run("read once", func(t *testing.T) { testDBReadOnce(t, db) })
}

// testDBVolumes streams 100 000 rows into PDF volumes of at most 500
// pages that hold every entry once, in order.
func testDBVolumes(t *testing.T, db *sql.DB) {
	var reads []int
	j := &journal.ActsJournal{Header: header(),
		Stream: counting(journal.QueryRows[journal.ActEntry](context.Background(), snapshot(t, db), actsQuery), &reads)}
	var f files
	if err := journal.Write([]journal.Output{f.output(j)}, testOptions()); err != nil {
		t.Fatal(err)
	}
	if !cmp.Equal(reads, []int{100_000, 100_000}) {
		t.Errorf("readings of the query gave %v rows, want 100000 twice", reads)
	}
	if len(f.vols) < 2 {
		t.Fatalf("%d volumes; 100 000 entries need more than 500 pages", len(f.vols))
	}
	next := 1
	for n := 1; n <= len(f.vols); n++ {
		data := f.vols[n].Bytes()
		if n == 1 {
			pdfcpuPages(t, data) // one volume checked by pdfcpu: the others are alike
		}
		first, pages := pdftest.PageText(t, data, 1)
		if pages > journal.DefaultVolumePages {
			t.Errorf("volume %d has %d pages, more than %d", n, pages, journal.DefaultVolumePages)
		}
		m := regexp.MustCompile(`№(\d+)–(\d+)жазбалар`).FindStringSubmatch(squash(first))
		if m == nil {
			t.Fatalf("volume %d: no entry range on the title page", n)
		}
		from, _ := strconv.Atoi(m[1])
		to, _ := strconv.Atoi(m[2])
		if from != next || to < from {
			t.Errorf("volume %d holds entries %d–%d, want it to start at %d", n, from, to, next)
		}
		next = to + 1
	}
	if next != 100_001 {
		t.Errorf("volumes hold entries 1–%d, want 1–100000", next-1)
	}
}

// testDBXLSX streams 100 000 rows into one workbook with 100 000
// numbered entry rows.
func testDBXLSX(t *testing.T, db *sql.DB) {
	j := &journal.ActsJournal{Header: header(),
		Stream: journal.QueryRows[journal.ActEntry](context.Background(), snapshot(t, db), actsQuery)}
	var buf bytes.Buffer
	if err := j.WriteXLSX(&buf, testOptions()); err != nil {
		t.Fatal(err)
	}
	// Entry rows: a number in A, a date in B, text in C. Read as bytes:
	// excelize takes half a minute to open 100 000 rows.
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	f, err := zr.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	sheet, err := io.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	entry := regexp.MustCompile(`<c r="A\d+" s="\d+"><v>(\d+)</v></c><c r="B\d+" s="\d+"><v>\d+</v></c><c r="C\d+" s="\d+" t="inlineStr">`)
	n, last := 0, 0
	for _, m := range entry.FindAllSubmatch(sheet, -1) {
		n++
		last, _ = strconv.Atoi(string(m[1]))
	}
	if n != 100_000 || last != 100_000 {
		t.Errorf("workbook has %d entry rows, the last numbered %d; want 100000", n, last)
	}
}

// testDBValues: NULL is empty, dates are calendar days whatever the
// column's type, integers are counts, text fills closed lists (also from
// a PostgreSQL enum type, which the driver does not name).
func testDBValues(t *testing.T, db *sql.DB) {
	tx := snapshot(t, db)
	got := collect(t, journal.QueryRows[journal.ActEntry](context.Background(), tx,
		`select 7 as no, timestamp '2025-01-09 23:59:59' as date, full_name, birth_date, unit, null::date as last_exam_date,
			conclusion, null as basis, sent_to, sender, note from acts where id in (6, 7) order by id`))
	want := []journal.ActEntry{{No: 7, Date: day(2025, 1, 9), FullName: "Әбдірахманова Нұрлан Серікқызы", BirthDate: day(1950, 1, 7),
		Unit: "Медеуский", Conclusion: "II группа, общее заболевание, до 09.01.2027; УОТ 6% до 09.01.2027",
		SentTo: "Архив департамента, г. Астана, пр. Тәуелсіздік 6", Sender: "Иванов И.И."}}
	want = append(want, want[0])
	want[1].FullName, want[1].BirthDate, want[1].Unit = "Қасымов Айгүл Қайратұлы", day(1950, 1, 8), ""
	want[1].Conclusion = strings.Replace(want[1].Conclusion, "6%", "7%", 1)
	want[1].SentTo = strings.Replace(want[1].SentTo, "6", "7", 1)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("entries (-want +got):\n%s", d)
	}

	if _, err := tx.Exec(`select 1`); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `create type grp as enum ('I', 'II', 'III')`); err != nil {
		t.Fatal(err)
	}
	dis := collect(t, journal.QueryRows[journal.DisabilityEntry](ctx, db,
		`select date '2025-02-03' as date, 'Ким Ольга Петровна' as full_name, 'II'::grp as "group", 'work_injury' as cause,
			'until'::varchar(10) as term, date '2027-02-03' as until, 'АБ № 1'::char(6) as series, 3::int8 as no`))
	wantDis := []journal.DisabilityEntry{{No: 3, Date: day(2025, 2, 3), FullName: "Ким Ольга Петровна", Group: forms.GroupII,
		Cause: forms.CauseWorkInjury, Term: forms.TermUntil, Until: day(2027, 2, 3), Series: "АБ № 1"}}
	if d := cmp.Diff(wantDis, dis); d != "" {
		t.Errorf("journal 2 entries (-want +got):\n%s", d)
	}
	gen := collect(t, journal.QueryRows[journal.GeneralCapacityEntry](ctx, db,
		`select date '2025-02-03' as date, 'Ким Ольга Петровна' as full_name, 51::int2 as degree, 'indefinite' as term, 'ВВ № 8' as series`))
	if len(gen) != 1 || gen[0].Degree != 51 || gen[0].Term != forms.TermIndefinite {
		t.Errorf("journal 3 entries: %+v", gen)
	}
}

// collect reads seq into a slice, failing the test on any error.
func collect[E any](t *testing.T, seq iter.Seq2[E, error]) []E {
	t.Helper()
	var out []E
	for e, err := range seq {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, e)
	}
	return out
}

// refusingOutput fails the test if Write creates any file.
func refusingOutput(t *testing.T, j journal.Journal) journal.Output {
	return journal.Output{Journal: j, Format: journal.PDF, Create: func(int) (io.WriteCloser, error) {
		t.Error("Write created a file for an invalid journal")
		return nil, errors.New("no")
	}}
}

// scanErrors returns the *ScanError in the problems of err, by column,
// and checks that no message quotes a name of the table.
func scanErrors(t *testing.T, err error) map[string]*journal.ScanError {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	for _, name := range []string{"Әбдірахманова", "Қасымов", "Һасенова", "Ким", "ҚҚҚ", "1950-"} {
		if strings.Contains(err.Error(), name) {
			t.Errorf("an error quotes a row's data %q:\n%v", name, err)
		}
	}
	out := map[string]*journal.ScanError{}
	var walk func(error)
	walk = func(err error) {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				walk(e)
			}
			return
		}
		var se *journal.ScanError
		if errors.As(err, &se) {
			out[fmt.Sprintf("%d:%s", se.Row, se.Column)] = se
		}
	}
	walk(err)
	return out
}

// testDBColumns: every problem with the query's columns is reported
// before the first row, and nothing is written.
func testDBColumns(t *testing.T, db *sql.DB) {
	j := &journal.ActsJournal{Header: header(), Stream: journal.QueryRows[journal.ActEntry](context.Background(), db,
		`select full_name as date, act_date as full_name, now() as birth_date, id as conclusion, 1.5 as note,
			full_name as nickname, sender as basis, unit as basis from acts`)}
	err := journal.Write([]journal.Output{refusingOutput(t, j)}, testOptions())
	got := scanErrors(t, err)
	want := map[string]error{
		"0:date": journal.ErrColumnType, "0:full_name": journal.ErrColumnType, "0:birth_date": journal.ErrColumnType,
		"0:conclusion": journal.ErrColumnType, "0:note": journal.ErrColumnType, "0:nickname": journal.ErrUnknownColumn,
		"0:basis": journal.ErrDuplicateKey, "0:sent_to": journal.ErrRequired,
	}
	for k, sentinel := range want {
		if se, ok := got[k]; !ok || !errors.Is(se, sentinel) {
			t.Errorf("column %s: got %v, want %v", k, se, sentinel)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d column problems, want %d:\n%v", len(got), len(want), err)
	}
	var ve *journal.ValidationError
	if !errors.As(err, &ve) || ve.Entry != 0 || ve.Form != "journal6" {
		t.Errorf("column problems are not the journal's: %v", err)
	}
	if !strings.Contains(err.Error(), "column birth_date: wrong type: type TIMESTAMPTZ does not fit a date; a moment is a day only in a time zone") {
		t.Errorf("no hint for TIMESTAMPTZ:\n%v", err)
	}
}

// testDBRows: every row that fails is reported, by row number and
// column, and the rows after it are still read and checked.
func testDBRows(t *testing.T, db *sql.DB) {
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `create table dis as select * from (values
		(1, date '2025-01-09', 'Қасымов Өмірзақ', 'II', 'work_injury', 'until', date '2028-01-09', 'ВА № 1'),
		(2, date '2025-01-10', 'Һасенова Айгүл', 'ҚҚҚ', 'work_injury', '1y', date '2026-01-10', 'ВА № 2'),
		(3, date '2025-01-11', 'Ким Ольга', 'I', 'general_disease', 'indefinite', null, 'ВА № 3'),
		(4, date '2025-01-12', null, 'I', 'general_disease', 'indefinite', null, 'ВА № 4'),
		(5, date '2025-01-13', 'Әбдірахманова Гүлнәр', 'III', 'ҚҚҚ', 'until', null, 'ВА № 5')
		) as v(id, d, n, g, c, t, u, s)`); err != nil {
		t.Fatal(err)
	}
	j := &journal.DisabilityJournal{Header: header(), Stream: journal.QueryRows[journal.DisabilityEntry](ctx, db,
		`select d as date, n as full_name, g as "group", c as cause, t as term, u as until, s as series from dis order by id`)}
	err := journal.Write([]journal.Output{refusingOutput(t, j)}, testOptions())
	got := scanErrors(t, err)
	for _, k := range []string{"2:group", "5:cause"} {
		if se, ok := got[k]; !ok || !errors.Is(se, journal.ErrUnknownValue) {
			t.Errorf("row %s: got %v, want a value off the list", k, se)
		}
	}
	msgs := err.Error()
	for _, want := range []string{
		"journal2: entry 2: row 2: column group: not on the closed list: want one of I, II, III",
		"journal2: entry 4: column 3 (full_name): required",
		"journal2: entry 5: row 5: column cause: not on the closed list",
	} {
		if !strings.Contains(msgs, want) {
			t.Errorf("no %q in:\n%s", want, msgs)
		}
	}
	if n := strings.Count(msgs, "\n") + 1; n != 3 {
		t.Errorf("%d problems, want 3:\n%s", n, msgs)
	}
}

// testDBDataException: a value the server cannot cast is reported by its
// SQLSTATE, without the server's message, which quotes it.
func testDBDataException(t *testing.T, db *sql.DB) {
	j := &journal.ActsJournal{Header: header(), Stream: journal.QueryRows[journal.ActEntry](context.Background(), db,
		`select case when id < 3 then act_date else full_name::date end as date, full_name, birth_date, conclusion, sent_to from acts order by id`)}
	err := j.Validate(testOptions())
	scanErrors(t, err)
	if err == nil || !strings.Contains(err.Error(), "SQLSTATE 22007") {
		t.Errorf("got %v, want SQLSTATE 22007", err)
	}
}

// testDBReadOnce: ScanRows reads its rows once; a second reading is an
// error, not an empty journal.
func testDBReadOnce(t *testing.T, db *sql.DB) {
	rows, err := db.Query(actsQuery + " limit 3")
	if err != nil {
		t.Fatal(err)
	}
	seq := journal.ScanRows[journal.ActEntry](rows)
	if n := len(collect(t, seq)); n != 3 {
		t.Errorf("first reading: %d entries, want 3", n)
	}
	var calls atomic.Int32
	for _, err := range seq {
		calls.Add(1)
		if err == nil {
			t.Error("second reading gave an entry")
		}
	}
	if calls.Load() != 1 {
		t.Errorf("second reading yielded %d times, want one error", calls.Load())
	}
	j := &journal.ActsJournal{Header: header(), Stream: journal.ScanRows[journal.ActEntry](must(db.Query(actsQuery + " limit 3")))}
	if err := j.WritePDF(io.Discard, testOptions()); err == nil || !strings.Contains(err.Error(), "QueryRows") {
		t.Errorf("WritePDF of ScanRows: got %v, want the rows read twice", err)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
