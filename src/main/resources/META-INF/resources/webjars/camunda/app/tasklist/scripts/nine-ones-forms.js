// nine-ones: Camunda Forms (form-js 1.8) in Chinese. form-js writes its validation messages and its
// date picker (flatpickr) in English only; this script rewrites each message where form-js puts it
// (in place, so form-js can still update or remove it) and gives every date picker a Chinese locale.

// Chinese for flatpickr: month and weekday names, Monday first.
const PICKER_LOCALE = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  ordinal: () => '',
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换',
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  amPM: ['上午', '下午'],
  time_24hr: true
};

/** The help text a field shows under its input, if any: it says what the field expects. */
function descriptionOf(item) {
  const field = item.closest('.fjs-form-field');
  const description = field && field.querySelector('.fjs-form-field-description');
  return description ? description.textContent.trim() : '';
}

// form-js's messages (form-js 1.8.7), each with its Chinese
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must match pattern [\s\S]*\.$/, (match, item) => {
    const description = descriptionOf(item);
    return description ? '格式不正确：' + description : '格式不正确。';
  }],
  [/^Field must have minimum value of ([\s\S]+)\.$/, (match) => '不能小于 ' + match[1] + '。'],
  [/^Field must have maximum value of ([\s\S]+)\.$/, (match) => '不能大于 ' + match[1] + '。'],
  [/^Field must have minimum length of (\d+)\.$/, (match) => '至少填写 ' + match[1] + ' 个字符。'],
  [/^Field must have maximum length of (\d+)\.$/, (match) => '最多填写 ' + match[1] + ' 个字符。'],
  [/^Field must be a valid\s+international phone number[\s\S]*$/, () => '请填写有效的国际电话号码（例如 +865433656013）。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Value is not a number\.$/, () => '请填写数字。'],
  [/^Value is expected to be an integer\.$/, () => '请填写整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (match) => '最多保留 ' + match[1] + ' 位小数。'],
  [/^Please select a valid value, the two nearest valid values are ([\s\S]+) and ([\s\S]+)\.$/,
    (match) => '数值无效，最接近的有效值为 ' + match[1] + ' 和 ' + match[2] + '。'],
  [/^Date and time must both be entered\.$/, () => '日期和时间须同时填写。'],
  [/^Date must match pattern yyyy-MM-dd\.?$/, () => '日期格式应为 年-月-日（yyyy-MM-dd）。'],
  [/^No results$/, () => '没有匹配的选项'],
  [/^All values selected$/, () => '已全部选择'],
  [/^Nothing to show\.$/, () => '暂无数据。']
];

function chinese(text, item) {
  const trimmed = text.trim();
  for (const [pattern, render] of MESSAGES) {
    const match = pattern.exec(trimmed);
    if (match) {
      return render(match, item);
    }
  }
  return null;
}

/** Rewrites the English text nodes under an element, keeping the nodes (form-js still owns them). */
function translateTexts(element) {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const translated = chinese(node.data, element);
    if (translated !== null && translated !== node.data) {
      node.data = translated;
    }
  }
}

function localizePickers(root) {
  if (window.flatpickr && window.flatpickr.localize && !window.flatpickr.nineOnesChinese) {
    window.flatpickr.nineOnesChinese = true;
    window.flatpickr.localize(PICKER_LOCALE);
  }
  root.querySelectorAll('.fjs-datepicker input, .fjs-form input').forEach((input) => {
    const picker = input._flatpickr;
    if (picker && !picker.nineOnesChinese) {
      picker.nineOnesChinese = true;
      picker.set('locale', PICKER_LOCALE);
    }
  });
}

/** The typing hint of a date field, "mm/dd/yyyy" or "yyyy/mm/dd", in Chinese in the same order: "月/日/年". */
function localizeDateHints(root) {
  root.querySelectorAll('.fjs-datepicker input[placeholder]').forEach((input) => {
    const hint = input.getAttribute('placeholder');
    if (/^[ymd]+([\/.\-][ymd]+)+$/i.test(hint)) {
      input.setAttribute('placeholder', hint.replace(/y+/i, '年').replace(/m+/i, '月').replace(/d+/i, '日'));
    }
  });
}

function translateAll() {
  document.querySelectorAll('.fjs-form-field-error li, .fjs-dropdownlist-empty, .fjs-table-empty')
    .forEach(translateTexts);
  localizePickers(document);
  localizeDateHints(document);
}

let pending = false;
function schedule() {
  if (!pending) {
    pending = true;
    // before the browser paints: nobody sees the English
    queueMicrotask(() => {
      pending = false;
      translateAll();
    });
  }
}

new MutationObserver(schedule).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder']
});
// a picker opened before form-js's first render still gets the Chinese locale
document.addEventListener('focusin', schedule, true);
schedule();

export default [];
