package journal_test

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/msedocs/msedocs/internal/pgtest"
	"github.com/msedocs/msedocs/internal/sample"
	"github.com/msedocs/msedocs/journal"
)

// loadActs loads the entries of sample.ActsStream(1, n), the entries of
// the other benchmarks, into table bench_acts.
func loadActs(b *testing.B, db *sql.DB, n int) {
	b.Helper()
	if _, err := db.Exec(`create table bench_acts (id int primary key, date date, full_name text, birth_date date, unit text,
		last_exam_date date, conclusion text, basis text, sent_to text, sender text, note text)`); err != nil {
		b.Fatal(err)
	}
	// In chunks, so that loading does not raise the peak RSS measured.
	var c actsChunk
	flush := func() {
		if _, err := db.Exec(`insert into bench_acts select * from unnest($1::int[], $2::date[], $3::text[], $4::date[],
			$5::text[], $6::date[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])`,
			c.ids, c.dates, c.names, c.births, c.units, c.exams, c.conclusions, c.bases, c.sentTo, c.senders, c.notes); err != nil {
			b.Fatal(err)
		}
		c = actsChunk{}
	}
	i := int64(0)
	for e, err := range sample.ActsStream(1, n) {
		if err != nil {
			b.Fatal(err)
		}
		i++
		c.add(i, e)
		if len(c.ids) == 2000 {
			flush()
		}
	}
	if len(c.ids) > 0 {
		flush()
	}
	if _, err := db.Exec(`vacuum analyze bench_acts`); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkDatabase prints journal 6 with 100 000 entries read from a
// PostgreSQL server the benchmark starts, the same entries as
// BenchmarkVolumesPDF and BenchmarkXLSX: into volumes of 500 pages
// printed in parallel, and into one workbook. The query runs twice (to
// validate, then to print), in one snapshot.
func BenchmarkDatabase(b *testing.B) {
	const n = 100_000
	db := pgtest.Open(b)
	loadActs(b, db, n)
	query := `select date, full_name, birth_date, unit, last_exam_date, conclusion, basis, sent_to, sender,
		nullif(note, '') as note from bench_acts order by id`
	write := map[string]func(j journal.Journal, w io.Writer) error{
		"volumes-pdf": func(j journal.Journal, w io.Writer) error {
			out := journal.Output{Journal: j, Format: journal.PDF, Create: func(int) (io.WriteCloser, error) {
				return nopWriteCloser{w}, nil
			}}
			return journal.Write([]journal.Output{out}, testOptions())
		},
		"xlsx": func(j journal.Journal, w io.Writer) error { return j.WriteXLSX(w, testOptions()) },
	}
	for _, name := range []string{"volumes-pdf", "xlsx"} {
		b.Run(fmt.Sprintf("%s-%d", name, n), func(b *testing.B) {
			b.ReportAllocs()
			var size int
			for b.Loop() {
				tx, err := db.BeginTx(context.Background(), &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
				if err != nil {
					b.Fatal(err)
				}
				j := &journal.ActsJournal{Header: header(), Stream: journal.QueryRows[journal.ActEntry](context.Background(), tx, query)}
				w := &countingWriter{}
				if err := write[name](j, w); err != nil {
					b.Fatal(err)
				}
				tx.Rollback()
				size = w.n
			}
			b.ReportMetric(float64(size), "bytes/file")
		})
	}
}

// actsChunk is entries of journal 6 by column, for unnest.
type actsChunk struct {
	ids                                                      []int64
	dates, births, exams                                     []*time.Time
	names, units, conclusions, bases, sentTo, senders, notes []string
}

func (c *actsChunk) add(id int64, e journal.ActEntry) {
	date := func(t time.Time) *time.Time {
		if t.IsZero() {
			return nil
		}
		return &t
	}
	c.ids = append(c.ids, id)
	c.dates, c.births, c.exams = append(c.dates, date(e.Date)), append(c.births, date(e.BirthDate)), append(c.exams, date(e.LastExam))
	c.names, c.units, c.conclusions = append(c.names, e.FullName), append(c.units, e.Unit), append(c.conclusions, e.Conclusion)
	c.bases, c.sentTo, c.senders, c.notes = append(c.bases, e.Basis), append(c.sentTo, e.SentTo), append(c.senders, e.Sender), append(c.notes, e.Note)
}
