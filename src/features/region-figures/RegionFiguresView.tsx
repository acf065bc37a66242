import { useMemo } from 'react';
import { useRegionFigures } from '../../data-hooks/region-figures';
import type { ReportFigure, RegionFigures } from '../../data/schemas';
import { useI18n } from '../../i18n';
import { LIGHT_THEME } from '../../map/theme';
import { barChart, Chart } from '../../ui/Chart';
import { MeetingPackChooser } from './MeetingPackChooser';

function SourceLine({ page, year }: { page: number; year?: number | null }) {
  const { t } = useI18n();
  return (
    <span className="source-note">
      {t('figures.source', { page })}
      {year === undefined ? '' : `, ${year ?? t('figures.yearUnknown')}`}
    </span>
  );
}

function Figure({ figure }: { figure: ReportFigure }) {
  const { t, n, language } = useI18n();
  return (
    <div className="big-figure">
      <p className="big-figure__value">
        {figure.approximate ? (
          <span className="big-figure__approx">{t('figures.approx')} </span>
        ) : null}
        {n(figure.value)}
      </p>
      <p className="big-figure__label">{figure.label[language]}</p>
      {figure.note ? <p className="source-note">{figure.note[language]}</p> : null}
      <SourceLine page={figure.source.page} year={figure.year} />
    </div>
  );
}

/**
 * The report's own figures: arrivals per county, the EU context, Parliament, funds, reading.
 * Default export: loaded when the view is first shown.
 */
export default function RegionFiguresView() {
  const figures = useRegionFigures();
  return figures ? <Figures figures={figures} /> : null;
}

function Figures({ figures }: { figures: RegionFigures }) {
  const { t, n, language } = useI18n();
  const ep = figures.europeanParliament;
  const institutions = figures.euInstitutions;
  const chartName = t('figures.parliamentChart');
  const chart = useMemo(() => {
    const groups = [...ep.groups].sort((a, b) => b.seats - a.seats);
    return barChart({
      name: chartName,
      rows: groups,
      x: 'seats',
      y: 'abbreviation',
      domain: groups.map((g) => g.abbreviation),
      width: 560,
      rowHeight: 28,
      fontSize: 12,
      marginLeft: 90,
      marginRight: 50,
      axis: { label: t('figures.seats') },
      fill: LIGHT_THEME.chartBar,
      label: (g) => String(g.seats),
      title: (g) => g.name[language],
    });
  }, [ep, chartName, language, t]);

  return (
    <section className="figures-view" aria-labelledby="figures-title" data-testid="region-figures">
      <h2 id="figures-title" className="project-list__title">
        {t('figures.title')}
      </h2>
      <p>{t('figures.intro')}</p>
      <MeetingPackChooser />

      <h3 className="panel__section-title">{t('figures.arrivals')}</h3>
      <div className="big-figures">
        {figures.countyArrivals.counties.map((c) => (
          <div className="big-figure" key={c.countyCode} data-county={c.countyCode}>
            <p className="big-figure__value">{n(c.persons)}</p>
            <p className="big-figure__label">
              {c.county[language]}, {c.year}
            </p>
            <SourceLine page={c.source.page} />
          </div>
        ))}
      </div>
      <p className="source-note">{figures.countyArrivals.definition[language]}</p>

      <h3 className="panel__section-title">{t('figures.eu')}</h3>
      <div className="big-figures">
        <Figure figure={figures.euFirstTimeAsylumSeekers} />
        <Figure figure={figures.sfiStudents} />
        <div className="big-figure">
          <p className="big-figure__value">
            {t('figures.of', { rank: figures.mipex.rank.value, total: figures.mipex.countries })}
          </p>
          <p className="big-figure__label">{figures.mipex.rank.label[language]}</p>
          <SourceLine page={figures.mipex.rank.source.page} year={figures.mipex.rank.year} />
        </div>
      </div>
      <h4 className="panel__section-title">
        {n(figures.mipex.areas.items.length)} – {figures.mipex.areas.label[language]}
      </h4>
      <ul className="plain-list" data-testid="mipex-areas">
        {figures.mipex.areas.items.map((area) => (
          <li key={area.sv}>{area[language]}</li>
        ))}
      </ul>
      <SourceLine page={figures.mipex.areas.source.page} />

      <h3 className="panel__section-title">{t('figures.institutions')}</h3>
      <div className="big-figures">
        <Figure figure={institutions.commissionPriorities} />
        <Figure figure={institutions.councilPresidency.rotationMonths} />
      </div>
      <ul className="plain-list" data-testid="council-presidencies">
        {institutions.councilPresidency.presidencies.map((p) => (
          <li key={p.country.sv}>
            <strong>
              {p.country[language]}: {p.period.text[language]}
            </strong>{' '}
            <SourceLine page={p.period.source.page} />
            {p.priorities ? (
              <p>
                {p.priorities.text[language]} <SourceLine page={p.priorities.source.page} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>

      <h3 className="panel__section-title">{t('figures.parliament')}</h3>
      <div className="big-figures">
        <Figure figure={ep.totalSeats} />
        <Figure figure={ep.electionIntervalYears} />
      </div>
      <figure className="ranking-chart" data-testid="parliament-chart">
        <figcaption className="legend__title">{t('figures.parliamentChart')}</figcaption>
        <Chart chart={chart} />
        <p className="source-note">{ep.note[language]}</p>
      </figure>
      <table className="table table--compact">
        <caption className="visually-hidden">{t('figures.parliamentChart')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.group')}</th>
            <th scope="col">{t('figures.seats')}</th>
          </tr>
        </thead>
        <tbody>
          {ep.groups.map((g) => (
            <tr key={g.abbreviation}>
              <th scope="row">
                {g.abbreviation} – {g.name[language]}
              </th>
              <td>{n(g.seats)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 className="panel__section-title">
        {t('figures.swedish')} ({n(ep.swedishMembers.total.value)})
      </h4>
      <ul className="plain-list">
        {ep.swedishMembers.parties.map((p) => (
          <li key={p.id}>
            {p.name[language]}: {n(p.seats)}
          </li>
        ))}
      </ul>
      <SourceLine page={ep.swedishMembers.total.source.page} />

      <h3 className="panel__section-title">{t('figures.funds')}</h3>
      <dl className="facts">
        {figures.euFunds.map((f) => (
          <div key={f.abbreviation} className="facts__row">
            <dt>
              {f.abbreviation} – {f.name[language]}
            </dt>
            <dd>
              <SourceLine page={f.source.page} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="source-note">
        {figures.euFundsNote.text[language]} <SourceLine page={figures.euFundsNote.source.page} />
      </p>

      <h3 className="panel__section-title">{t('figures.reading')}</h3>
      <ol className="reading-list">
        {figures.furtherReading.map((item) => (
          <li key={item.number}>
            <strong>{item.title[language]}</strong>
            {item.description ? ` – ${item.description[language]}` : null}{' '}
            {item.links.map((link) => (
              <a
                key={link.url}
                href={link.url}
                target="_blank"
                rel="noopener noreferrer"
                className="external-link"
              >
                {link.url}
              </a>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
