import { readFile } from 'node:fs/promises';
import { expect, openApp, openLegend, test } from './fixtures';

test('switching to population puts Umeå in the top class and names the source and year', async ({
  page,
}) => {
  await openApp(page, '?v=1&m=2480');
  await page.getByRole('combobox', { name: 'Kartan visar' }).selectOption('population');
  await expect(page).toHaveURL(/[?&]metric=population/);
  // The panel narrows the map: the legend starts folded.
  await openLegend(page);
  const legend = page.getByTestId('legend');
  await expect(legend.getByRole('heading', { name: /Folkmängd/ })).toBeVisible();
  await expect(legend.getByText('Källa: SCB, folkmängd 2016-12-31')).toBeVisible();
  const classes = legend.locator('.legend__class');
  await expect(classes.last()).toContainText('Umeå: 122 892');
  await expect(classes.last()).toContainText('122 892');
});

test('the arrivals metric shows 1 124 for Norrbotten and 1 068 for Västerbotten, municipalities without a figure of their own', async ({
  page,
}) => {
  await openApp(page, '?v=1&metric=arrivals&m=2580');
  await openLegend(page);
  const legend = page.getByTestId('legend');
  await expect(legend.getByText(/Norrbotten: 1\s124 personer/)).toBeVisible();
  await expect(legend.getByText(/Västerbotten: 1\s068 personer/)).toBeVisible();
  // Every municipality is drawn in its county's colour: the legend lists no "no data" swatch.
  await expect(legend.getByText('uppgift saknas')).toHaveCount(0);
  await expect(legend.getByText(/kommunernas egna siffror saknas/)).toBeVisible();
  const arrivals = page.getByTestId('municipality-statistics').locator('[data-metric=arrivals]');
  await expect(arrivals.getByText('uppgift saknas')).toBeVisible();
  await expect(arrivals.getByText(/länet: 1\s124 personer/)).toBeVisible();
  await expect(arrivals.getByText(/Källa: rapport s\. \d+/)).toBeVisible();
});

test('importing a small CSV adds a metric that colours the map and survives a reload', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Lägg till egen data' }).click();
  const dialog = page.getByRole('dialog', { name: 'Egen data' });
  await dialog
    .getByRole('textbox', { name: 'eller klistra in tabell' })
    .fill(
      [
        'Kommun;Mottagna 2016',
        'Umeå;1 124',
        'Luleå;3,5',
        '9999;5',
        'Umeå;7',
        '',
        'Kiruna;abc',
      ].join('\n'),
    );
  await dialog.getByRole('button', { name: 'Läs in' }).click();
  const result = dialog.getByTestId('import-result');
  await expect(result.getByText('2 rader lästa')).toBeVisible();
  // The reasons in Swedish, with their parameters.
  await expect(result.getByText('rad 4: okänd kommun: ”9999”')).toBeVisible();
  await expect(result.getByText('rad 5: dubblett: 2480 Umeå finns redan på rad 2')).toBeVisible();
  await expect(
    result.getByText('rad 7: inte ett tal i kolumnen ”Mottagna 2016”: ”abc”'),
  ).toBeVisible();
  await dialog.getByRole('textbox', { name: 'År' }).fill('2016');
  await dialog.getByRole('textbox', { name: 'Källa' }).fill('Migrationsverket');
  await dialog.getByRole('button', { name: 'Lägg till på kartan' }).click();
  await expect(page).toHaveURL(/metric=import%3Amottagna-2016|metric=import:mottagna-2016/);
  const legend = page.getByTestId('legend');
  await expect(legend.getByRole('heading', { name: /Mottagna 2016/ })).toBeVisible();
  await expect(legend.getByText(/Migrationsverket, 2016/)).toBeVisible();
  await expect(legend.getByText('uppgift saknas')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true');
  await expect(
    page.getByTestId('legend').getByRole('heading', { name: /Mottagna 2016/ }),
  ).toBeVisible();
});

test('the ranking chart ranks every municipality and marks the selected one', async ({ page }) => {
  await openApp(page, '?v=1&metric=population&m=2584');
  await page.getByRole('button', { name: 'Visa rangordning' }).click();
  const chart = page.getByTestId('ranking-chart');
  await expect(chart.locator('svg')).toBeVisible();
  await expect(chart.getByText('Kiruna', { exact: true })).toBeVisible();
  await expect(chart.locator('rect[fill="#b3471d"]')).toHaveCount(1);
});

test('the region in figures shows the arrivals and the Parliament chart', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Regionen i siffror' }).click();
  const view = page.getByTestId('region-figures');
  await expect(view.locator('[data-county="25"]')).toContainText('1 124');
  await expect(view.locator('[data-county="24"]')).toContainText('1 068');
  await expect(page.getByTestId('parliament-chart').locator('svg')).toBeVisible();
  await expect(view.getByText(/Källa: rapport s\. \d+/).first()).toBeVisible();
});

test('the region in figures gives the EU institutions and MIPEX areas of the report, in both languages', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Regionen i siffror' }).click();
  const view = page.getByTestId('region-figures');
  await expect(
    view.getByRole('heading', { name: 'EU:s institutioner och migration' }),
  ).toBeVisible();
  await expect(view.getByText('Prioriteringar för EU-kommissionen')).toBeVisible();
  await expect(view.getByText(/En av de tio prioriteringarna är migration/)).toBeVisible();
  const presidencies = page.getByTestId('council-presidencies');
  await expect(presidencies).toContainText('Slovakien: Andra halvan av 2016');
  await expect(presidencies).toContainText('Malta: Från och med 2017');
  await expect(presidencies).toContainText('ett globalt engagerat Europa');
  await expect(view.getByText('År mellan valen till Europaparlamentet')).toBeVisible();
  await expect(page.getByTestId('mipex-areas').getByRole('listitem')).toHaveCount(8);
  await expect(page.getByTestId('mipex-areas')).toContainText('Tillgänglighet till nationalitet');
  await expect(view).toContainText('det vill säga 97,60 %');
  await expect(view).not.toContainText('gränsförvaltning');

  await page.getByRole('button', { name: 'In English' }).click();
  await expect(view.getByRole('heading', { name: 'EU institutions and migration' })).toBeVisible();
  await expect(presidencies).toContainText('Slovakia: Second half of 2016');
  await expect(presidencies).toContainText('Malta: From 2017');
  await expect(page.getByTestId('mipex-areas')).toContainText('Access to nationality');
  await expect(view.getByText('Years between elections to the European Parliament')).toBeVisible();
  await expect(view).toContainText('that is 97.60 %');
});

test('the PNG export gives the map at twice its size, with its title, legend, source and date', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openApp(page, '?v=1&metric=population&theme=transport');
  await expect(page.getByTestId('map-title')).toHaveText('Folkmängd · Transport');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Ladda ner karta (PNG)' }).click();
  const download = await downloading;
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // Twice the map's size on the screen (PNG's IHDR: width and height at bytes 16 and 20).
  const canvas = (await page.getByTestId('map').locator('canvas').boundingBox())!;
  expect(bytes.readUInt32BE(16)).toBe(Math.round(canvas.width * 2));
  expect(bytes.readUInt32BE(20)).toBe(Math.round(canvas.height * 2));
  // The same map drawn at twice its size without anything over it, through the map's test hook:
  // the title band differs from it, the middle of the map does not.
  const difference = await page.getByTestId('map').evaluate(async (el, png) => {
    type M = {
      getPixelRatio(): number;
      setPixelRatio(r: number): void;
      getCanvas(): HTMLCanvasElement;
      once(e: string, f: () => void): void;
      triggerRepaint(): void;
    };
    const map = (el as unknown as { __map: M }).__map;
    const before = map.getPixelRatio();
    map.setPixelRatio(2);
    await new Promise<void>((resolve) => {
      map.once('idle', resolve);
      map.triggerRepaint();
    });
    const plain = await new Promise<string>((resolve) => {
      map.once('render', () => resolve(map.getCanvas().toDataURL('image/png')));
      map.triggerRepaint();
    });
    map.setPixelRatio(before);
    const pixels = async (src: string) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      const c = document.createElement('canvas');
      c.width = image.width;
      c.height = image.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      return ctx.getImageData(0, 0, c.width, c.height);
    };
    const [withTitle, without] = await Promise.all([
      pixels(`data:image/png;base64,${png}`),
      pixels(plain),
    ]);
    const meanDifference = (x0: number, y0: number, x1: number, y1: number) => {
      let sum = 0;
      for (let y = y0; y < y1; y++)
        for (let x = x0; x < x1; x++) {
          const i = (y * withTitle.width + x) * 4;
          for (let k = 0; k < 3; k++)
            sum += Math.abs(withTitle.data[i + k]! - without.data[i + k]!);
        }
      return sum / ((x1 - x0) * (y1 - y0) * 3);
    };
    const { width, height } = withTitle;
    return {
      title: meanDifference(24, 24, 324, 64),
      middle: meanDifference(width / 2 - 150, height / 2 - 100, width / 2 + 150, height / 2 + 100),
    };
  }, bytes.toString('base64'));
  expect(difference.title).toBeGreaterThan(20);
  expect(difference.middle).toBeLessThan(2);
});
