//! SpotCheck on a Raspberry Pi Pico with a Waveshare Pico-ResTouch-LCD-2.8.
//!
//! Owns the board: clocks, SPI1 shared by the ST7789 panel and the XPT2046
//! touch controller, the backlight, and the main loop:
//!
//! ```text
//! every 5 ms: read touch -> TouchFilter -> TouchDown/TouchUp -> app.input
//!   (also between the bands of a redraw: what that finds is latched and
//!   handed to the app once the draw is done)
//! every 100 ms: Tick -> app.input
//! after any input: app.take_store_request() -> store (flash.rs)
//! whenever app.input asked for it: app.draw(&mut display)
//! after a draw that changed the screen: `screen NAME` on UART0
//! every pass: feed the watchdog; then sleep (WFE) until the next poll
//! ```
//!
//! mipidsi sets the panel up (reset, sleep out, landscape, inversion,
//! RGB565); after that the board draws through its own [`Panel`]: a window
//! (CASET/RASET/RAMWR) per write the compositor makes, then the pixels by
//! DMA (channel 0, paced by SPI1's TX request) from two 640-byte buffers,
//! so the CPU turns the next pixels into bytes, and paints the next band,
//! while the last ones are sent. Anything else that uses the bus (the touch
//! controller, the next window) first waits for the transfer ([`Bus`]).
//!
//! Between polls the core sleeps on a timer alarm (alarm 0, whose interrupt
//! only wakes it) instead of spinning: less power on the bench, and the
//! RP2040 emulator (`cargo xtask pico-emu`) can skip idle time instead of
//! executing it.
//!
//! UART0 (TX on GP0, 115200 8N1) carries a line log for a bench terminal and
//! for the emulator harness: `boot reason=power|watchdog` once at start,
//! then `screen NAME` (the name `App::screen().name()` gives) each time a
//! drawn frame shows a different screen.
//!
//! The RP2040 watchdog is started before the first frame and fed once per
//! pass of the main loop; if the loop stops coming round for
//! [`WATCHDOG_MS`], the chip resets and boots to Welcome. The
//! `hang-after-boot` feature builds an image that stops the loop (and so
//! the feeding) [`HANG_AFTER_MS`] after its first frame, to prove that.
//!
//! Settings and counters live in the last 8 KiB of the QSPI flash
//! ([`flash`]); the app boots on what the store loads and asks for writes,
//! which the loop applies at once (a session costs one counters write).
//! While the calibration screen shows, touches go to the app raw.
//!
//! The time handed to the app is the RP2040's 1 MHz timer in ms. The app,
//! the SPI bus, the pixel buffer and the display driver live in static
//! memory (`cortex_m::singleton!`), so `cargo xtask firmware` reports them
//! in its RAM figure; main's own stack frame is small. There is no heap.
//!
//! Pins (Waveshare's wiki and schematic for the Pico-ResTouch-LCD-2.8;
//! check them against your board's revision): LCD DC GP8, LCD CS GP9,
//! SCK GP10, MOSI GP11, MISO GP12, backlight GP13, LCD reset GP15,
//! touch CS GP16, touch IRQ GP17, SD card CS GP22 (held high so the card
//! stays off the shared bus).
#![no_std]
#![no_main]

mod flash;
mod xpt2046;

use core::cell::RefCell;
use core::fmt::Write as _;
use embedded_graphics::pixelcolor::raw::{RawData, RawU16};
use embedded_graphics::pixelcolor::Rgb565;
use embedded_graphics::prelude::{DrawTarget, OriginDimensions, Point, PointsIter, Size};
use embedded_graphics::primitives::Rectangle;
use embedded_graphics::Pixel;
use embedded_hal::digital::{InputPin, OutputPin};
use embedded_hal_bus::spi::{NoDelay, RefCellDevice};
use mipidsi::interface::SpiInterface;
use mipidsi::models::ST7789;
use mipidsi::options::{ColorInversion, Orientation, Rotation};
use panic_halt as _;
use rp2040_hal::dma::{single_buffer, DMAExt};
use rp2040_hal::timer::{Alarm, Instant};
use rp2040_hal::{self as hal, fugit::ExtU32, fugit::RateExtU32, gpio, pac, pac::interrupt, Clock};
use spotcheck_firmware::touch::{Calibration, TouchFilter};
use spotcheck_firmware::{Kiosk, SCREEN};
use spotcheck_kiosk::{Event, Redraw, StoreRequest};
use spotcheck_store::{Store, TouchCalibration};

/// The board's touch calibration: the stored one once the calibration
/// screen has saved one, else the nominal one for this panel (the store's
/// factory value describes a generic panel, not this one's reversed Y).
fn calibration(t: &TouchCalibration) -> Calibration {
    if *t == TouchCalibration::DEFAULT {
        Calibration::DEFAULT
    } else {
        Calibration {
            a: t.xx,
            b: t.xy,
            c: t.x0,
            d: t.yx,
            e: t.yy,
            f: t.y0,
        }
    }
}

/// The second-stage bootloader for the Pico's W25Q080-compatible flash.
#[link_section = ".boot2"]
#[used]
pub static BOOT2_FIRMWARE: [u8; 256] = rp2040_boot2::BOOT_LOADER_W25Q080;

/// The Pico's crystal.
const XTAL_HZ: u32 = 12_000_000;
/// SPI clock for the panel: the ST7789's 16 ns minimum write cycle, which
/// clk_peri (125 MHz) divided by 2 meets exactly. The `spi-31mhz` feature
/// halves it for boards whose wiring or panel need a slower clock. The
/// touch controller's reads switch the shared bus down to
/// [`TOUCH_SPI_HZ`] and back (see the loop).
#[cfg(not(feature = "spi-31mhz"))]
const LCD_SPI_HZ: u32 = 62_500_000;
/// SPI clock for the panel with the `spi-31mhz` feature: clk_peri / 4.
#[cfg(feature = "spi-31mhz")]
const LCD_SPI_HZ: u32 = 31_250_000;
/// SPI clock while talking to the touch controller (XPT2046: 2.5 MHz max).
const TOUCH_SPI_HZ: u32 = 2_000_000;
/// How often touch is read. With the filter's 2 pressed / 3 released polls
/// a press must last 5 ms and a lift 10 ms (three released polls in a
/// row) before they count: a bounce or a flicker mid-press shorter than
/// that is neither a tap nor a lift, and a lift reaches the app 10-15 ms
/// after the finger leaves (it was 20-30 ms at 10 ms polls).
const TOUCH_POLL_MS: u64 = 5;
/// Touch events one redraw can latch: a tap is a down and an up; a few
/// taps within one redraw are more than any person makes.
const LATCHED: usize = 8;
/// How often the app gets a Tick.
const TICK_MS: u64 = 100;
/// Bytes of pixels gathered per SPI write by mipidsi.
const PIXEL_BUFFER: usize = 512;
/// The log's baud rate on UART0.
const LOG_BAUD: u32 = 115_200;
/// How long the main loop may stay away before the watchdog resets the
/// chip: well above the slowest pass (a full redraw, about 0.1 s, plus a
/// store write, two sector erases at worst).
const WATCHDOG_MS: u32 = 2_000;
/// With the `hang-after-boot` feature: when the loop stops, after the
/// first frame.
#[cfg(feature = "hang-after-boot")]
const HANG_AFTER_MS: u64 = 1_000;

type Out<I> = gpio::Pin<I, gpio::FunctionSio<gpio::SioOutput>, gpio::PullDown>;
type SpiPin<I> = gpio::Pin<I, gpio::FunctionSpi, gpio::PullDown>;
type SpiPins = (
    SpiPin<gpio::bank0::Gpio11>,
    SpiPin<gpio::bank0::Gpio12>,
    SpiPin<gpio::bank0::Gpio10>,
);
type HalSpi = hal::spi::Spi<hal::spi::Enabled, pac::SPI1, SpiPins, 8>;

/// Pixel bytes per DMA transfer: one 320-pixel row. A write's bytes past
/// its last whole chunk go out from the CPU. Measured on pico-emu (tap
/// median/worst): 80 B 77/100 ms, 160 B 76/98, 640 B 75/98.
const CHUNK: usize = 640;
type PixelBuf = &'static mut [u8; CHUNK];
type Dma = hal::dma::Channel<hal::dma::CH0>;

/// Who holds SPI1 now: the CPU, or a DMA transfer of pixel bytes.
enum Link {
    Idle(Dma, HalSpi),
    Busy(single_buffer::Transfer<Dma, PixelBuf, HalSpi>),
    /// Only while one state is swapped for the other.
    Moving,
}

/// SPI1, shared by the panel and the touch controller, and the panel's
/// chip select, which a DMA stream of pixels keeps low after the draw call
/// that started it has returned.
///
/// Pixels go out by DMA from two buffers: while one is sent, the CPU fills
/// the other (and then paints the next band). Every other use of the bus
/// first [`Bus::settle`]s it: waits for the transfer, for the last bit,
/// empties RX (the DMA leaves it overrun; the PL022 keeps shifting and
/// only sets a sticky flag, whose interrupt is off) and raises the
/// panel's chip select.
///
/// CPU writes keep the 8-deep TX FIFO full instead of the HAL's blocking
/// `write`, which waits for each byte's echo before sending the next.
struct Bus {
    link: Link,
    lcd_cs: Out<gpio::bank0::Gpio9>,
    /// The buffer being filled, and the one back from the last transfer.
    filling: Option<PixelBuf>,
    spare: Option<PixelBuf>,
}

impl Bus {
    /// Waits for a pixel transfer in flight to have left memory (its bytes
    /// may still be in the TX FIFO); the panel's chip select stays low.
    fn finish(&mut self) {
        if let Link::Busy(_) = self.link {
            if let Link::Busy(t) = core::mem::replace(&mut self.link, Link::Moving) {
                let (ch, buf, spi) = t.wait();
                self.spare = Some(buf);
                self.link = Link::Idle(ch, spi);
            }
        }
    }

    /// The bus, quiet: no transfer, the last bit out, RX empty, the panel
    /// deselected unless a command sequence is about to select it.
    fn settle(&mut self) -> &mut HalSpi {
        use embedded_hal_nb::spi::FullDuplex;
        self.finish();
        let Link::Idle(_, spi) = &mut self.link else {
            // `finish` always leaves the bus idle.
            panic!("SPI1 lost to a DMA transfer");
        };
        let _ = embedded_hal::spi::SpiBus::flush(spi);
        while FullDuplex::read(spi).is_ok() {}
        let _ = self.lcd_cs.set_high();
        spi
    }

    fn set_baudrate(&mut self, peri_hz: hal::fugit::HertzU32, hz: hal::fugit::HertzU32) {
        self.settle().set_baudrate(peri_hz, hz);
    }

    /// Sends the full buffer being filled by DMA, after the one before it,
    /// and takes the other buffer to fill next.
    fn send_chunk(&mut self) {
        self.finish();
        let Some(buf) = self.filling.take() else {
            return;
        };
        if let Link::Idle(ch, spi) = core::mem::replace(&mut self.link, Link::Moving) {
            self.link = Link::Busy(single_buffer::Config::new(ch, buf, spi).start());
        }
        self.filling = self.spare.take();
    }

    /// CPU writes with the TX FIFO kept full; no settling (the caller has).
    fn push(&mut self, words: &[u8]) {
        use embedded_hal_nb::spi::FullDuplex;
        if let Link::Idle(_, spi) = &mut self.link {
            for &w in words {
                let _ = nb::block!(FullDuplex::write(spi, w));
            }
            let _ = embedded_hal::spi::SpiBus::flush(spi);
            while FullDuplex::read(spi).is_ok() {}
        }
    }
}

impl embedded_hal::spi::ErrorType for Bus {
    type Error = core::convert::Infallible;
}

impl embedded_hal::spi::SpiBus<u8> for Bus {
    fn read(&mut self, words: &mut [u8]) -> Result<(), Self::Error> {
        self.settle().read(words)
    }

    fn write(&mut self, words: &[u8]) -> Result<(), Self::Error> {
        self.settle();
        self.push(words);
        Ok(())
    }

    fn transfer(&mut self, read: &mut [u8], write: &[u8]) -> Result<(), Self::Error> {
        self.settle().transfer(read, write)
    }

    fn transfer_in_place(&mut self, words: &mut [u8]) -> Result<(), Self::Error> {
        self.settle().transfer_in_place(words)
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        embedded_hal::spi::SpiBus::flush(self.settle())
    }
}

/// The panel as an SPI device for mipidsi's set-up: its chip select is the
/// bus's own (see [`Bus`]).
struct LcdDevice(&'static RefCell<Bus>);

impl embedded_hal::spi::ErrorType for LcdDevice {
    type Error = core::convert::Infallible;
}

impl embedded_hal::spi::SpiDevice for LcdDevice {
    fn transaction(
        &mut self,
        operations: &mut [embedded_hal::spi::Operation<'_, u8>],
    ) -> Result<(), Self::Error> {
        use embedded_hal::spi::{Operation, SpiBus};
        let mut bus = self.0.borrow_mut();
        bus.settle();
        let _ = bus.lcd_cs.set_low();
        for op in operations {
            match op {
                Operation::Write(w) => bus.push(w),
                Operation::Read(r) => bus.settle().read(r)?,
                Operation::Transfer(r, w) => bus.settle().transfer(r, w)?,
                Operation::TransferInPlace(b) => bus.settle().transfer_in_place(b)?,
                Operation::DelayNs(_) => {}
            }
            let _ = bus.lcd_cs.set_low();
        }
        bus.settle();
        Ok(())
    }
}

/// The ST7789 after mipidsi has set it up (reset, sleep out, landscape
/// MADCTL, inversion, RGB565): windows and pixels, the pixels by DMA.
struct Panel {
    bus: &'static RefCell<Bus>,
    dc: Out<gpio::bank0::Gpio8>,
}

impl Panel {
    /// Selects the panel and opens a window for pixels (CASET, RASET,
    /// RAMWR); the panel stays selected for the pixels that follow.
    fn window(&mut self, bus: &mut Bus, area: &Rectangle) {
        let (x0, y0) = (area.top_left.x as u16, area.top_left.y as u16);
        let x1 = x0 + area.size.width as u16 - 1;
        let y1 = y0 + area.size.height as u16 - 1;
        bus.settle();
        let _ = bus.lcd_cs.set_low();
        for (cmd, a, b) in [(0x2A, x0, x1), (0x2B, y0, y1)] {
            let _ = self.dc.set_low();
            bus.push(&[cmd]);
            let _ = self.dc.set_high();
            let (a, b) = (a.to_be_bytes(), b.to_be_bytes());
            bus.push(&[a[0], a[1], b[0], b[1]]);
        }
        let _ = self.dc.set_low();
        bus.push(&[0x2C]);
        let _ = self.dc.set_high();
    }
}

impl OriginDimensions for Panel {
    fn size(&self) -> Size {
        SCREEN
    }
}

impl DrawTarget for Panel {
    type Color = Rgb565;
    type Error = core::convert::Infallible;

    fn draw_iter<I>(&mut self, pixels: I) -> Result<(), Self::Error>
    where
        I: IntoIterator<Item = Pixel<Self::Color>>,
    {
        for Pixel(p, c) in pixels {
            self.fill_solid(&Rectangle::new(p, Size::new(1, 1)), c)?;
        }
        Ok(())
    }

    fn fill_contiguous<I>(&mut self, area: &Rectangle, colors: I) -> Result<(), Self::Error>
    where
        I: IntoIterator<Item = Self::Color>,
    {
        let screen = Rectangle::new(Point::zero(), SCREEN);
        if area.size.width == 0 || area.size.height == 0 {
            return Ok(());
        }
        if screen.intersection(area) != *area {
            // Partly off the panel (the kiosk never draws so): pixel by
            // pixel, the ones on it.
            let pixels = area
                .points()
                .zip(colors)
                .filter(|(p, _)| screen.contains(*p));
            return self.draw_iter(pixels.map(|(p, c)| Pixel(p, c)));
        }
        let bus = self.bus;
        let mut bus = bus.borrow_mut();
        self.window(&mut bus, area);
        let mut n = 0;
        let count = area.size.width as usize * area.size.height as usize;
        // The buffer being filled is out of the bus while it fills.
        let Some(mut buf) = bus.filling.take() else {
            return Ok(());
        };
        for c in colors.into_iter().take(count) {
            let [hi, lo] = RawU16::from(c).into_inner().to_be_bytes();
            buf[n] = hi;
            buf[n + 1] = lo;
            n += 2;
            if n == CHUNK {
                bus.filling = Some(buf);
                bus.send_chunk();
                n = 0;
                let Some(next) = bus.filling.take() else {
                    return Ok(());
                };
                buf = next;
            }
        }
        if n > 0 {
            // A tail shorter than a chunk: by the CPU, after the DMA.
            bus.finish();
            bus.push(&buf[..n]);
        }
        bus.filling = Some(buf);
        // The last chunk may still be going out: the next use of the bus
        // waits for it.
        Ok(())
    }
}

type Device<Cs> = RefCellDevice<'static, Bus, Out<Cs>, NoDelay>;
type Log = hal::uart::UartPeripheral<
    hal::uart::Enabled,
    pac::UART0,
    (
        gpio::Pin<gpio::bank0::Gpio0, gpio::FunctionUart, gpio::PullDown>,
        gpio::Pin<gpio::bank0::Gpio1, gpio::FunctionUart, gpio::PullDown>,
    ),
>;
type TouchIrq = gpio::Pin<gpio::bank0::Gpio17, gpio::FunctionSioInput, gpio::PullUp>;

/// A touch event with the controller's raw position (for the calibration
/// screen) and the time (ms) it was found.
type Latched = (Event, Option<(i32, i32)>, u64);

/// The touch side of the board: the controller, its pen IRQ line, the
/// filter, when the next poll is due, and the events found while the app
/// was drawing (latched until the loop can hand them over).
struct Touch {
    chip: xpt2046::Xpt2046<Device<gpio::bank0::Gpio16>>,
    irq: TouchIrq,
    filter: TouchFilter,
    bus: &'static RefCell<Bus>,
    peri_hz: hal::fugit::HertzU32,
    next_poll: u64,
    latched: heapless::Deque<Latched, LATCHED>,
}

impl Touch {
    /// Reads the controller if a poll is due at `now` (ms); an event it
    /// completes is latched.
    fn poll_if_due(&mut self, now: u64) {
        if now < self.next_poll {
            return;
        }
        self.next_poll = now + TOUCH_POLL_MS;
        let pressed = self.irq.is_low().unwrap_or(false);
        let raw = if pressed {
            // The XPT2046 needs a slower clock than the panel.
            self.bus
                .borrow_mut()
                .set_baudrate(self.peri_hz, TOUCH_SPI_HZ.Hz());
            let raw = self.chip.sample(true);
            self.bus
                .borrow_mut()
                .set_baudrate(self.peri_hz, LCD_SPI_HZ.Hz());
            raw
        } else {
            // Released: the pen IRQ line says so; no bus traffic.
            self.chip.sample(false)
        };
        let Ok(raw) = raw;
        if let Some(event) = self.filter.poll(raw) {
            // Full only if the app stopped taking events; the oldest are
            // the ones that matter, so a newer one is dropped.
            let _ = self.latched.push_back((event, raw.position(), now));
        }
    }
}

/// The panel as the app draws on it, reading touch between the app's
/// writes (each is at most a band's changed rows) so a tap during a redraw
/// is not lost.
struct Polled<'a> {
    lcd: &'a mut Panel,
    touch: &'a mut Touch,
    timer: &'a hal::Timer,
}

impl Polled<'_> {
    fn between(&mut self) {
        let now = self.timer.get_counter().ticks() / 1000;
        self.touch.poll_if_due(now);
    }
}

impl OriginDimensions for Polled<'_> {
    fn size(&self) -> Size {
        self.lcd.size()
    }
}

impl DrawTarget for Polled<'_> {
    type Color = Rgb565;
    type Error = <Panel as DrawTarget>::Error;

    fn draw_iter<I>(&mut self, pixels: I) -> Result<(), Self::Error>
    where
        I: IntoIterator<Item = Pixel<Self::Color>>,
    {
        let r = self.lcd.draw_iter(pixels);
        self.between();
        r
    }

    fn fill_contiguous<I>(&mut self, area: &Rectangle, colors: I) -> Result<(), Self::Error>
    where
        I: IntoIterator<Item = Self::Color>,
    {
        let r = self.lcd.fill_contiguous(area, colors);
        self.between();
        r
    }

    fn fill_solid(&mut self, area: &Rectangle, color: Self::Color) -> Result<(), Self::Error> {
        let r = self.lcd.fill_solid(area, color);
        self.between();
        r
    }

    fn clear(&mut self, color: Self::Color) -> Result<(), Self::Error> {
        let r = self.lcd.clear(color);
        self.between();
        r
    }
}

#[hal::entry]
fn main() -> ! {
    let mut pac = pac::Peripherals::take().unwrap();
    // Read before anything resets it: why the chip (re)started.
    let reason = pac.WATCHDOG.reason().read();
    let watchdog_reset = reason.timer().bit_is_set() || reason.force().bit_is_set();
    let mut watchdog = hal::Watchdog::new(pac.WATCHDOG);
    let clocks = hal::clocks::init_clocks_and_plls(
        XTAL_HZ,
        pac.XOSC,
        pac.CLOCKS,
        pac.PLL_SYS,
        pac.PLL_USB,
        &mut pac.RESETS,
        &mut watchdog,
    )
    .ok()
    .unwrap();
    let mut timer = hal::Timer::new(pac.TIMER, &mut pac.RESETS, &clocks);
    let sio = hal::Sio::new(pac.SIO);
    let pins = gpio::Pins::new(
        pac.IO_BANK0,
        pac.PADS_BANK0,
        sio.gpio_bank0,
        &mut pac.RESETS,
    );

    let log_pins = (pins.gpio0.into_function(), pins.gpio1.into_function());
    let log: Log = hal::uart::UartPeripheral::new(pac.UART0, log_pins, &mut pac.RESETS)
        .enable(
            hal::uart::UartConfig::new(
                LOG_BAUD.Hz(),
                hal::uart::DataBits::Eight,
                None,
                hal::uart::StopBits::One,
            ),
            clocks.peripheral_clock.freq(),
        )
        .unwrap();
    let mut log = log;
    let _ = writeln!(
        log,
        "boot reason={}",
        if watchdog_reset { "watchdog" } else { "power" }
    );
    watchdog.start(WATCHDOG_MS.millis());

    // Alarm 0 wakes the core from its sleep between polls.
    let mut wake = timer.alarm_0().unwrap();
    wake.enable_interrupt();
    // SAFETY: the handler only clears alarm 0's interrupt; nothing else
    // shares state with it.
    unsafe { pac::NVIC::unmask(pac::Interrupt::TIMER_IRQ_0) };

    let mut sd_cs = pins.gpio22.into_push_pull_output();
    sd_cs.set_high().unwrap();
    let mut lcd_cs: Out<gpio::bank0::Gpio9> = pins.gpio9.into_push_pull_output();
    lcd_cs.set_high().unwrap();
    let mut touch_cs = pins.gpio16.into_push_pull_output();
    touch_cs.set_high().unwrap();
    let touch_irq: TouchIrq = pins.gpio17.into_pull_up_input();
    let dc = pins.gpio8.into_push_pull_output();
    let rst = pins.gpio15.into_push_pull_output();
    let mut backlight = pins.gpio13.into_push_pull_output();

    let spi_pins: SpiPins = (
        pins.gpio11.into_function(),
        pins.gpio12.into_function(),
        pins.gpio10.into_function(),
    );
    let peri_hz = clocks.peripheral_clock.freq();
    let spi = hal::spi::Spi::<_, _, _, 8>::new(pac.SPI1, spi_pins).init(
        &mut pac.RESETS,
        peri_hz,
        LCD_SPI_HZ.Hz(),
        embedded_hal::spi::MODE_0,
    );
    let dma = pac.DMA.split(&mut pac.RESETS);
    let chunks: &'static mut [[u8; CHUNK]; 2] =
        cortex_m::singleton!(: [[u8; CHUNK]; 2] = [[0; CHUNK]; 2]).unwrap();
    let [a, b] = chunks;
    let bus: &'static RefCell<Bus> = cortex_m::singleton!(: RefCell<Bus> = RefCell::new(Bus {
        link: Link::Idle(dma.ch0, spi),
        lcd_cs,
        filling: Some(a),
        spare: Some(b),
    }))
    .unwrap();
    let buffer: &'static mut [u8; PIXEL_BUFFER] =
        cortex_m::singleton!(: [u8; PIXEL_BUFFER] = [0; PIXEL_BUFFER]).unwrap();

    let di = SpiInterface::new(LcdDevice(bus), dc, buffer);
    let display = mipidsi::Builder::new(ST7789, di)
        .display_size(SCREEN.height as u16, SCREEN.width as u16)
        .orientation(Orientation::new().rotate(Rotation::Deg90))
        .invert_colors(ColorInversion::Inverted)
        .reset_pin(rst)
        .init(&mut timer);
    let Ok(display) = display else {
        // No panel: nothing to show anything on. Halt with the backlight
        // off so the fault is visible.
        panic!("the LCD did not initialise");
    };
    // Set up: from here on the board draws through its own DMA path.
    let (di, _, _) = display.release();
    let (_, dc) = di.release();
    let display: &'static mut Panel = cortex_m::singleton!(: Panel = Panel { bus, dc }).unwrap();
    backlight.set_high().unwrap();

    let touch_dev = RefCellDevice::new_no_delay(bus, touch_cs).unwrap();
    let chip = xpt2046::Xpt2046::new(touch_dev);
    type FlashStore = Store<flash::StoreFlash>;
    let store: &'static mut FlashStore = cortex_m::singleton!(: FlashStore =
    match Store::open(flash::StoreFlash::new(), 0..flash::STORE_BYTES) {
        Ok(s) => s,
        // The range is two whole sectors inside the chip: cannot fail.
        Err(_) => panic!("the store's flash range is wrong"),
    })
    .unwrap();
    let loaded = store.load();
    let filter = TouchFilter::new(calibration(&loaded.settings.touch), SCREEN);
    let app: &'static mut Kiosk = cortex_m::singleton!(: Kiosk = Kiosk::with_persisted(
        loaded.settings,
        loaded.counters,
        loaded.health,
        SCREEN,
    ))
    .unwrap();
    // Salt for PINs: ring-oscillator noise and the time.
    let mut noise = timer.get_counter().ticks();
    for _ in 0..64 {
        noise = (noise << 1) ^ u64::from(pac.ROSC.randombit().read().randombit().bit());
    }
    app.add_entropy(noise);
    let now_ms = |t: &hal::Timer| t.get_counter().ticks() / 1000;
    let mut touch = Touch {
        chip,
        irq: touch_irq,
        filter,
        bus,
        peri_hz,
        next_poll: 0,
        latched: heapless::Deque::new(),
    };
    let _ = app.draw(&mut Polled {
        lcd: display,
        touch: &mut touch,
        timer: &timer,
    });
    bus.borrow_mut().settle();
    let mut shown = app.screen();
    let _ = writeln!(log, "screen {}", shown.name());

    let start = now_ms(&timer);
    touch.next_poll = touch.next_poll.max(start);
    let mut next_tick = start + TICK_MS;
    #[cfg(feature = "hang-after-boot")]
    let hang_at = start + HANG_AFTER_MS;
    loop {
        watchdog.feed();
        let now = now_ms(&timer);
        #[cfg(feature = "hang-after-boot")]
        if now >= hang_at {
            let _ = writeln!(log, "hang");
            // A loop that never comes round again: the watchdog must reset
            // the chip. (Sleeping rather than spinning only makes the wait
            // cheap to emulate; the watchdog counts either way.)
            loop {
                cortex_m::asm::wfi();
            }
        }
        let mut redraw = false;
        touch.poll_if_due(now);
        // Events in the order they were found: those latched during the
        // last redraw first, at the times they happened.
        while let Some((event, raw, at)) = touch.latched.pop_front() {
            match event {
                // The calibration screen wants the controller's own
                // numbers, not pixels through the old calibration.
                Event::TouchDown(_) if app.wants_raw_touch() => {
                    if let Some(pos) = raw {
                        redraw |= app.raw_touch(pos, at) != Redraw::None;
                    }
                }
                Event::TouchUp(_) if app.wants_raw_touch() => {}
                input => redraw |= app.handle(input, at) != Redraw::None,
            }
        }
        if now >= next_tick {
            next_tick += TICK_MS;
            redraw |= app.handle(Event::Tick, now) != Redraw::None;
        }
        while let Some(request) = app.take_store_request() {
            let new_touch = match &request {
                StoreRequest::SaveSettings(s) => Some(s.touch),
                _ => None,
            };
            // A failed write leaves the store's RAM copy ahead of flash; the
            // next write carries it. There is nowhere better to report it.
            let _ = spotcheck_kiosk::apply(store, request);
            if let Some(t) = new_touch {
                touch.filter.set_calibration(calibration(&t));
            }
        }
        if redraw {
            // A failed SPI write leaves a stale screen until the next
            // change; there is nowhere better to report it.
            let _ = app.draw(&mut Polled {
                lcd: display,
                touch: &mut touch,
                timer: &timer,
            });
            // The last pixels out before the screen is reported drawn.
            bus.borrow_mut().settle();
            if app.screen() != shown {
                shown = app.screen();
                let _ = writeln!(log, "screen {}", shown.name());
            }
        }
        // Sleep until the next poll or tick is due. An alarm already in the
        // past fires at once; an interrupt taken before the WFE sets the
        // event register, so the WFE cannot miss it.
        let due = touch.next_poll.min(next_tick) * 1000;
        if timer.get_counter().ticks() < due {
            let _ = wake.schedule_at(Instant::from_ticks(due));
            cortex_m::asm::wfe();
        }
    }
}

/// Alarm 0's interrupt: it only has to wake the core (see the loop's WFE).
#[interrupt]
fn TIMER_IRQ_0() {
    // SAFETY: write-one-to-clear of alarm 0's raw bit and a clear of its
    // force bit, both owned by the one alarm main armed.
    let timer = unsafe { &*pac::TIMER::ptr() };
    timer.intr().write(|w| w.alarm_0().clear_bit_by_one());
    timer.intf().modify(|_, w| w.alarm_0().clear_bit());
}
