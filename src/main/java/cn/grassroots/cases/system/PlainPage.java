package cn.grassroots.cases.system;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

/**
 * A small Chinese page of the application's own (a receipt, a reporter's identity, a refusal), outside the webapps:
 * one column, readable on a phone, printable. The body is HTML the caller has escaped.
 */
public final class PlainPage {

    private PlainPage() {
    }

    public static String html(String title, String body) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · 四下基层问题办理</title>
                <style>
                  body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; max-width: 640px; margin: 24px auto;
                         padding: 0 16px; color: #222; }
                  h1 { font-size: 22px; text-align: center; border-bottom: 2px solid #b5152b; padding-bottom: 8px; }
                  table.receipt { width: 100%%; border-collapse: collapse; margin: 16px 0; }
                  table.receipt th, table.receipt td { border: 1px solid #999; padding: 8px; text-align: left; }
                  table.receipt th { width: 7em; background: #f5f5f5; font-weight: normal; }
                  .number, .code { font-size: 20px; font-weight: bold; letter-spacing: 2px; }
                  .muted { color: #666; font-size: 13px; }
                  .back { margin-top: 24px; }
                  @media print { .actions, .back { display: none; } }
                </style></head>
                <body><h1>%s</h1>%s</body></html>
                """.formatted(htmlEscape(title), htmlEscape(title), body);
    }
}
