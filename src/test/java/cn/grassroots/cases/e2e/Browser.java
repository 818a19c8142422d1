package cn.grassroots.cases.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person's headless Chromium (Debian's chromium and chromedriver), in Chinese, logged in to the webapps. */
class Browser implements AutoCloseable {

    static final Path OUTPUT = Path.of("target", "e2e");
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final WebDriver driver;
    private String base;
    private final WebDriverWait wait;
    private final Path downloads;
    private String loginPageText = "";

    Browser(String base) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1300", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver")).toFile())
                // a Chinese desktop in Beijing time. The character set stays the machine's UTF-8 locale (zh_CN.UTF-8
                // is not generated on these machines, and without a UTF-8 locale Chromium saves a download named
                // 问题清单-….xlsx as "download"); the language comes from --lang and the locale override below
                .withEnvironment(Map.of("LANG", "C.UTF-8", "LANGUAGE", "zh_CN:zh", "TZ", "Asia/Shanghai"))
                .build();
        try {
            Files.createDirectories(OUTPUT);
            this.downloads = Files.createTempDirectory(OUTPUT.toAbsolutePath(), "downloads-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh",
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        // headless Chromium keeps an English Intl locale whatever --lang says; a Chinese browser formats dates in Chinese
        chrome.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "zh-CN"));
        this.driver = chrome;
        this.base = base;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    Browser login(String app, String user) {
        driver.get(base + "/camunda/app/" + app + "/default/");
        WebElement username;
        try {
            username = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("input[ng-model='username']")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("login-" + app + "-" + user + "-failed");
            pageSource("login-" + app + "-" + user + "-failed");
            throw e;
        }
        wait.until(d -> !d.findElement(By.cssSelector("button[type='submit']")).getText().isBlank());
        loginPageText = text() + "\n" + username.getAttribute("placeholder") + "\n"
                + driver.findElement(By.cssSelector("input[ng-model='password']")).getAttribute("placeholder");
        username.sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        return this;
    }

    /** What the login page said before this person logged in. */
    String loginPageText() {
        return loginPageText;
    }

    /** Opens a task in Tasklist, claims it if it is not yet claimed, and waits for its Camunda Form. */
    Browser openTask(String taskId) {
        driver.get("about:blank"); // a fresh page: Tasklist does not follow a changed ?task= in the same page
        driver.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
        waitForText("表单");
        List<WebElement> claim = driver.findElements(By.xpath("//*[self::a or self::button][normalize-space(.)='认领']"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            wait.until(ExpectedConditions.invisibilityOf(claim.get(0)));
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form")));
        return this;
    }

    WebElement field(String label) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'fjs-form-field') and .//label[contains(normalize-space(.),'" + label + "')]]")));
    }

    /**
     * Types into a field and leaves it, as a person moving on does: form-js takes typed text a moment later (debounced)
     * unless the field is left, and a submit in that moment would send the form without it.
     */
    Browser type(String label, String text) {
        for (int attempt = 1; ; attempt++) {
            WebElement input = field(label).findElement(By.cssSelector("input, textarea"));
            input.clear();
            input.sendKeys(text);
            ((JavascriptExecutor) driver).executeScript("arguments[0].blur();", input);
            // a form that re-renders at that moment (a date picker closing, a field shown or hidden) can drop what
            // was typed, as a person would see; they type it again
            try {
                new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> text.equals(value(label)));
                return this;
            } catch (org.openqa.selenium.TimeoutException dropped) {
                if (attempt == 3) {
                    throw new AssertionError("the field " + label + " does not keep what was typed: '" + value(label) + "'");
                }
            }
        }
    }

    /** What a field holds (inputs and text areas keep their value out of the page's text). */
    String value(String label) {
        return field(label).findElement(By.cssSelector("input, textarea")).getAttribute("value");
    }

    /** A date field: typed as a Chinese browser shows dates (2026/12/31), then left. */
    Browser date(String label, String slashed) {
        WebElement input = field(label).findElement(By.cssSelector("input"));
        input.clear();
        input.sendKeys(slashed);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
        return this;
    }

    Browser check(String label) {
        WebElement box = field(label).findElement(By.cssSelector("input[type='checkbox']"));
        if (!box.isSelected()) {
            press(box);
        }
        return this;
    }

    Browser choose(String label, String option) {
        return pick(label, "normalize-space(.)='" + option + "'");
    }

    /** Chooses the option whose text begins with {@code start}, such as a visit by its number. */
    Browser chooseStartingWith(String label, String start) {
        return pick(label, "starts-with(normalize-space(.),'" + start + "')");
    }

    private Browser pick(String label, String optionCondition) {
        press(field(label).findElement(By.cssSelector(".fjs-input-group, input")));
        // a long list can reach under the next field: the option is brought into view, as a person scrolls to it
        pressOption(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and " + optionCondition + "]"))));
        return this;
    }

    /**
     * Picks an option of an open dropdown. form-js selects on the mouse going down, so where the list's scroll edge
     * covers the option a plain script click (which sends no mouse-down) would leave the dropdown open, unchosen.
     */
    private void pressOption(WebElement option) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'nearest'});", option);
        try {
            option.click();
        } catch (ElementClickInterceptedException covered) {
            ((JavascriptExecutor) driver).executeScript(
                    "for (const type of ['mousedown', 'mouseup', 'click']) {"
                            + " arguments[0].dispatchEvent(new MouseEvent(type, {bubbles: true, cancelable: true, button: 0})); }",
                    option);
        }
    }

    /**
     * Narrows the open Tasklist list to the tasks whose case variable {@code name} equals {@code value}, as the
     * search box above the list does (Tasklist keeps the search in the address, {@code searchQuery}).
     */
    Browser searchTasks(String name, String value) {
        ((JavascriptExecutor) driver).executeScript("""
                const hash = location.hash, at = hash.indexOf('?');
                const params = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
                params.set('searchQuery', JSON.stringify([
                    {type: 'processVariables', operator: 'eq', name: arguments[0], value: arguments[1]}]));
                location.hash = (at < 0 ? hash : hash.slice(0, at)) + '?' + params.toString();""", name, value);
        return this;
    }

    Browser radio(String label, String option) {
        press(field(label).findElement(By.xpath(".//label[normalize-space(.)='" + option + "']")));
        return this;
    }

    Browser click(String buttonText) {
        press(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//button[normalize-space(.)='" + buttonText + "']"))));
        return this;
    }

    /** Clicks like a person: scrolled into view, past a notification that may float over the button. */
    private void press(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException covered) {
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
        }
    }

    Browser clickLink(String text) {
        press(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//a[contains(normalize-space(.),'" + text + "')]"))));
        return this;
    }

    /** Clicks the element {@code css} names, such as a link that looks like a button. */
    Browser clickElement(String css) {
        press(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))));
        return this;
    }

    /** Chooses an option of a plain select (not a Camunda Form's) by the words it shows. */
    Browser select(String css, String option) {
        new org.openqa.selenium.support.ui.Select(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))))
                .selectByVisibleText(option);
        return this;
    }

    /** The attribute {@code name} of the first element {@code css} names. */
    String attribute(String css, String name) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getAttribute(name);
    }

    /** The texts of the elements {@code css} names, in page order. */
    List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /**
     * Clicks the download link {@code css} and waits until the browser has saved the file whose name ends with
     * {@code suffix}; answers the file.
     */
    Path download(String css, String suffix) {
        clickElement(css);
        Path[] found = new Path[1];
        new WebDriverWait(driver, PATIENCE).withMessage("a downloaded " + suffix + " file in " + downloads).until(d -> {
            try (var files = Files.list(downloads)) {
                List<Path> all = files.toList();
                boolean unfinished = all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
                found[0] = unfinished ? null : all.stream().filter(f -> f.getFileName().toString().endsWith(suffix))
                        .findFirst().orElse(null);
                return found[0] != null;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return found[0];
    }

    Browser waitForElement(String css) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
        return this;
    }

    Browser waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
        return this;
    }

    /** Waits (up to the browser's patience) until the condition holds, e.g. the engine finished a task. */
    Browser until(java.util.function.BooleanSupplier condition) {
        wait.until(d -> condition.getAsBoolean());
        return this;
    }

    /** Waits for something outside any browser, such as the application's job executor, with the same patience. */
    static void await(java.util.function.BooleanSupplier condition, String what) {
        java.time.Instant deadline = java.time.Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE + " for " + what);
            }
            try {
                Thread.sleep(200); // polling another process, not waiting for a timer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The language the webapp's dates ("3 天前") are in: the date library's locale inside the page. */
    String dateLanguage() {
        return (String) ((JavascriptExecutor) driver).executeScript(
                "return angular.element(document.documentElement).injector().get('moment').locale();");
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** Whether an element {@code css} names is on the page and visible. */
    boolean shown(String css) {
        return driver.findElements(By.cssSelector(css)).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Continues in the tab a link opened, if it opened one. */
    Browser toNewestTab() {
        List<String> tabs = List.copyOf(driver.getWindowHandles());
        driver.switchTo().window(tabs.get(tabs.size() - 1));
        return this;
    }

    /** Whether a person could click the button: nothing (a message, a banner) lies over its middle. */
    boolean buttonUncovered(String buttonText) {
        WebElement button = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//button[normalize-space(.)='" + buttonText + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript("""
                const box = arguments[0].getBoundingClientRect();
                const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
                return top === arguments[0] || arguments[0].contains(top);""", button));
    }

    /** The same browser (its cookies too) sent to another node, as a load balancer would after a node died. */
    Browser via(String otherBase) {
        this.base = otherBase;
        return this;
    }

    void go(String path) {
        driver.get(base + path);
    }

    /** Saves what the person sees to target/e2e, and to the README's pictures when -De2e.images=docs/images. */
    void screenshot(String name) {
        try {
            Files.createDirectories(OUTPUT);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(OUTPUT.resolve(name + ".png"), png);
            String images = System.getProperty("e2e.images");
            if (images != null && !images.isBlank() && !name.endsWith("-failed")) {
                Files.createDirectories(Path.of(images));
                Files.write(Path.of(images).resolve("e2e-" + name + ".png"), png);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void pageSource(String name) {
        try {
            Files.createDirectories(OUTPUT);
            Files.writeString(OUTPUT.resolve(name + ".html"), driver.getPageSource());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
